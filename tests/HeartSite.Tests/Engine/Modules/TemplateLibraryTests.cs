using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Templates;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

public class TemplateLibraryTests
{
    static TemplateLibrary Library(TempDir theme, string basePath = "/") =>
        new(theme.Path, Docs.Settings(basePath));

    [Fact]
    public void Double_braces_escape_every_html_special_character()
    {
        using var theme = new TempDir();
        theme.Write("layouts/t.hbs", "<p title={{page.title}}>{{page.title}}</p>");
        var html = Library(theme).Render("t", new Dictionary<string, object?> { ["page"] = new Dictionary<string, object?> { ["title"] = "<a href='x' onclick=\"y\">`&" } });
        Assert.Equal("<p title=&lt;a href&#61;&#39;x&#39; onclick&#61;&quot;y&quot;&gt;&#96;&amp;>&lt;a href&#61;&#39;x&#39; onclick&#61;&quot;y&quot;&gt;&#96;&amp;</p>", html);
    }

    [Fact]
    public void Layouts_wrap_each_other_as_partial_blocks()
    {
        using var theme = new TempDir();
        theme.Write("layouts/base.hbs", "<main>{{> @partial-block }}</main>");
        theme.Write("layouts/page.hbs", "{{#> base}}<h1>{{page.title}}</h1>{{/base}}");
        var html = Library(theme).Render("page", new { page = new { title = "Hi" } });
        Assert.Equal("<main><h1>Hi</h1></main>", html);
    }

    [Fact]
    public void The_url_helper_applies_the_base_path_and_dates_use_the_invariant_culture()
    {
        using var theme = new TempDir();
        theme.Write("layouts/t.hbs", "{{url \"/news/\"}} {{date when \"dddd d MMMM yyyy\"}} {{url \"https://x.org/\"}}");
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var html = Library(theme, "/heart-site/").Render("t", new { when = new DateOnly(2022, 1, 19) });
            Assert.Equal("/heart-site/news/ Wednesday 19 January 2022 https://x.org/", html);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
    }

    [Fact]
    public void A_template_that_does_not_compile_is_a_diagnostic_naming_the_file()
    {
        using var theme = new TempDir();
        var path = theme.Write("layouts/broken.hbs", "{{#if x}}never closed");
        var problem = Library(theme).Problems.Single();
        Assert.Equal(("HS0301", path), (problem.Code, problem.File));
    }

    [Fact]
    public void ApplyLayout_reports_an_unknown_layout_at_the_layout_key()
    {
        using var theme = new TempDir();
        theme.Write("layouts/page.hbs", "{{page.title}}");
        var doc = ParseFrontMatter.Parse(Docs.Markdown("---\ntitle: X\nlayout: nope\n---\n"), _ => { })!;
        var (_, diagnostics) = Docs.Run(new ApplyLayout(Library(theme), "page"), null, doc);
        Assert.Equal(("HS0302", 3), (diagnostics.Single().Code, diagnostics.Single().Line));
    }
}
