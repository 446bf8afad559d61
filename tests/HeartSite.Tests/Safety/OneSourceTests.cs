using HeartSite.Tests.Support;

namespace HeartSite.Tests.Safety;

/// <summary>Every address has one source, and file names make safe addresses, for every type.</summary>
public class OneSourceTests
{
    const string Page = "---\ntitle: {0}\ndescription: A page for the test.\n---\nText.\n";

    static IReadOnlyList<HeartSite.Engine.Diagnostics.Diagnostic> Build(params (string Path, string Title)[] pages)
    {
        using var site = new ScratchSite();
        foreach (var (path, title) in pages) site.Write(path, string.Format(Page, title));
        var outcome = site.Build();
        Assert.False(outcome.Succeeded);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("HS9", StringComparison.Ordinal));
        return outcome.Diagnostics;
    }

    [Fact]
    public void A_page_beside_an_index_page_of_the_same_address_is_an_error_naming_both()
    {
        var diagnostics = Build(("pages/about.md", "About"), ("pages/about/index.md", "About too"));
        var errors = diagnostics.Where(d => d.Code == "HS0106").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("pages/about.md and pages/about/index.md", e.Message));
        Assert.Contains("/about/", errors[0].Message);
    }

    [Theory]
    [InlineData("glossary")]
    [InlineData("tip-sheets")]
    public void A_page_that_takes_a_generated_address_is_an_error_naming_what_makes_it(string name)
    {
        var error = Assert.Single(Build(($"pages/{name}.md", "Taken page")), d => d.Code == "HS0106");
        Assert.Contains($"pages/{name}.md", error.Message);
        Assert.Contains($"'{name}' pipeline", error.Message);
        Assert.EndsWith($"{name}.md", error.File);
    }

    [Fact]
    public void A_page_whose_address_is_a_generated_file_is_an_error_not_a_crash()
    {
        Assert.Contains(Build(("pages/sitemap.xml/index.md", "Sitemap page")), d => d.Code == "HS0108");
        Assert.Contains(Build(("pages/news/feed.xml.md", "Feed page")), d => d.Code == "HS0108");
    }

    [Theory]
    [InlineData("pages/Get Help Now.md", "get-help-now.md")]
    [InlineData("pages/About.md", "about.md")]
    [InlineData("pages/Help/contact.md", "help/contact.md")]
    [InlineData("pages/tip sheets.md", "tip-sheets.md")]
    public void A_file_name_that_makes_an_unsafe_address_is_an_error_with_the_safe_name(string path, string suggestion)
    {
        var error = Assert.Single(Build((path, "Odd name")), d => d.Code == "HS0108");
        Assert.Contains(suggestion, error.Hint);
    }
}

/// <summary>Glossary errors about related entries are reported once, with no internal error after them.</summary>
public class GlossaryRelatedTests
{
    [Theory]
    [InlineData("missing-entry", "HS0410")]
    [InlineData("first", "HS0411")]
    public void A_bad_related_entry_is_its_own_error_and_nothing_else(string related, string code)
    {
        using var site = new ScratchSite();
        site.Write("glossary/first.md", $"---\nterm: First\ndefinition: The first term.\nrelated:\n  - {related}\n---\nText.\n");
        site.Write("glossary/second.md", "---\nterm: Second\ndefinition: The second term.\nrelated:\n  - first\n---\nText.\n");
        var errors = site.Build().Diagnostics.Where(d => d.Severity == HeartSite.Engine.Diagnostics.Severity.Error).ToList();
        Assert.Equal(code, Assert.Single(errors).Code);
    }
}
