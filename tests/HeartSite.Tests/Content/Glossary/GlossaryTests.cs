using HeartSite.Content;
using HeartSite.Content.Glossary;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Glossary;

/// <summary>Glossary entries on small inputs: front matter checks, entry pages, the A–Z list and the scaffold.</summary>
public class GlossaryTests
{
    static string Entry(string term, string definition = "A short definition.", string extra = "") =>
        $"---\nterm: {term}\n{extra}definition: {definition}\n---\nMore about it.\n";

    static (string Code, int Line, string? Hint)[] Problems(params (string File, string Text)[] files)
    {
        using var site = new ScratchSite();
        foreach (var (file, text) in files) site.Write(file, text);
        return site.Build().Diagnostics.Where(d => d.File!.Contains("glossary")).Select(d => (d.Code, d.Line, d.Hint)).ToArray();
    }

    [Fact]
    public void An_entry_page_shows_term_definition_aliases_body_and_related_links()
    {
        using var site = new ScratchSite();
        site.Write("glossary/resilience.md", Entry("Resilience", extra: "aliases: [resiliency]\nrelated: [protective-factors]\n"));
        site.Write("glossary/protective-factors.md", Entry("Protective factors"));
        Assert.Empty(site.Build().Diagnostics);
        var main = site.Page("glossary/resilience/index.html").QuerySelector("main")!;
        Assert.Equal("Resilience", main.QuerySelector("h1")!.TextContent);
        Assert.Equal("A short definition.", main.QuerySelector(".lede")!.TextContent);
        Assert.Equal("Also called: resiliency", main.QuerySelector(".aliases")!.TextContent);
        Assert.Contains("More about it.", main.TextContent);
        var related = main.QuerySelector("section[aria-labelledby='related-terms'] li a")!;
        Assert.Equal(("/glossary/protective-factors/", "Protective factors"), (related.GetAttribute("href"), related.TextContent));
    }

    [Theory]
    [InlineData("\"  \"", "HS0401")]
    [InlineData("It helps. It also hurts.", "HS0402")]
    [InlineData("No full stop", "HS0403")]
    public void A_definition_that_is_not_one_sentence_is_an_error_at_its_line(string definition, string code)
    {
        var problems = Problems(("glossary/x.md", Entry("X", definition)));
        Assert.Equal((code, 3), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void A_missing_definition_is_HS0101()
    {
        Assert.Equal("HS0101", Problems(("glossary/x.md", "---\nterm: X\n---\n")).Single().Code);
    }

    [Fact]
    public void An_unknown_field_warns_with_a_did_you_mean()
    {
        var problem = Problems(("glossary/x.md", Entry("X", extra: "alias: [y]\n"))).Single();
        Assert.Equal(("HS0104", 3, "did you mean 'aliases'?"), problem);
    }

    [Fact]
    public void An_unknown_related_slug_is_HS0410_at_its_list_item_with_a_did_you_mean()
    {
        var problems = Problems(
            ("glossary/resilience.md", Entry("Resilience", extra: "related:\n  - trauma\n  - protective-factor\n")),
            ("glossary/protective-factors.md", Entry("Protective factors")),
            ("glossary/trauma.md", Entry("Trauma")));
        Assert.Equal(("HS0410", 5, "did you mean 'protective-factors'?"), problems.Single());
    }

    [Fact]
    public void An_entry_related_to_itself_is_HS0411()
    {
        Assert.Equal("HS0411", Problems(("glossary/x.md", Entry("X", extra: "related: [x]\n"))).Single().Code);
    }

    [Fact]
    public void Two_entries_with_the_same_term_ignoring_case_are_HS0412_on_the_later_file()
    {
        var problems = Problems(("glossary/a.md", Entry("Resilience")), ("glossary/b.md", Entry("resilience")));
        Assert.Equal(("HS0412", 2), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void An_alias_equal_to_another_entry_s_term_is_HS0412_at_the_alias()
    {
        var problems = Problems(("glossary/a.md", Entry("SAMHSA")), ("glossary/b.md", Entry("Agency", extra: "aliases:\n  - Agency one\n  - samhsa\n")));
        Assert.Equal(("HS0412", 5), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void The_A_to_Z_list_sorts_ignoring_case_and_articles_and_links_only_letters_with_terms()
    {
        using var site = new ScratchSite();
        site.Write("glossary/the-zebra.md", Entry("The Zebra"));
        site.Write("glossary/apple.md", Entry("apple"));
        site.Write("glossary/anchor.md", Entry("Anchor"));
        site.Write("glossary/an-ox.md", Entry("An Ox"));
        site.Write("glossary/n988.md", Entry("988 Lifeline"));
        Assert.Empty(site.Build().Diagnostics);
        var page = site.Page("glossary/index.html");
        var bar = page.QuerySelector("nav[aria-label='Glossary by letter']")!;
        Assert.Equal(["#letter-symbols", "#letter-a", "#letter-o", "#letter-z"], bar.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(27, bar.QuerySelectorAll("li").Length);
        Assert.Equal("B", bar.QuerySelectorAll("li")[2].TextContent);
        Assert.Null(bar.QuerySelectorAll("li")[2].QuerySelector("a"));
        Assert.Equal(["988 Lifeline", "Anchor", "apple", "An Ox", "The Zebra"], page.QuerySelectorAll("dt a").Select(a => a.TextContent));
        Assert.Equal(["letter-symbols", "letter-a", "letter-o", "letter-z"], page.QuerySelectorAll("section h2").Select(h => h.Id!));
        var apple = page.GetElementById("apple")!;
        Assert.Equal("/glossary/apple/", apple.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("A short definition.", apple.NextElementSibling!.TextContent);
    }

    [Theory]
    [InlineData("The Zebra", "Zebra")]
    [InlineData("an ox", "ox")]
    [InlineData("Anchor", "Anchor")]
    [InlineData("The", "The")]
    public void The_sort_key_drops_a_leading_article(string term, string key) => Assert.Equal(key, GlossaryIndex.SortKey(term));

    [Theory]
    [InlineData("One sentence.", 1)]
    [InlineData("An agency of the U.S. Department of Health, e.g. SAMHSA. Next one.", 2)]
    [InlineData("First! Second? Third.", 3)]
    [InlineData("It costs 3.5 dollars. 12 more.", 2)]
    [InlineData("   ", 0)]
    public void Sentences_are_counted_without_splitting_at_abbreviations(string text, int count) =>
        Assert.Equal(count, OneSentence.Count(text));

    [Fact]
    public void The_scaffold_is_an_entry_the_schema_and_checks_accept()
    {
        using var site = new ScratchSite();
        var scaffold = GlossaryScaffold.Create(new ScaffoldRequest("Peer Support: An Overview", SiteFixture.Now, site.Input));
        Assert.Equal("glossary/peer-support-an-overview.md", scaffold.RelativePath);
        site.Write(scaffold.RelativePath, scaffold.Text);
        Assert.Empty(site.Build().Diagnostics);
        Assert.False(site.Has("glossary/peer-support-an-overview/index.html"), "a new entry is a draft, left out of the site");
        Assert.Empty(site.Build(drafts: true).Diagnostics);
        Assert.Equal("Peer Support: An Overview", site.Page("glossary/peer-support-an-overview/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains(GlossaryScaffold.ContentType, HeartSite.Site.SiteContentTypes.All);
    }
}
