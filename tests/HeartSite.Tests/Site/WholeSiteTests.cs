using HeartSite.Tests.Support;

namespace HeartSite.Tests.Site;

/// <summary>The real content, built once, inspected as HTML.</summary>
public class WholeSiteTests(SiteFixture site)
{
    [Fact]
    public void The_real_input_builds_without_errors_or_warnings()
    {
        Assert.Empty(site.Outcome.Diagnostics);
        Assert.Contains("index.html", site.Pages);
        Assert.Contains("about/index.html", site.Pages);
    }

    [Fact]
    public void Every_page_has_language_title_one_h1_main_landmark_and_the_crisis_line()
    {
        foreach (var path in site.Pages)
        {
            var page = site.Page(path);
            Assert.False(string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")), path);
            Assert.False(string.IsNullOrWhiteSpace(page.Title), path);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotNull(page.QuerySelector("main#main"));
            var crisis = page.QuerySelector("aside.crisis");
            Assert.NotNull(crisis);
            Assert.Contains("988", crisis!.TextContent);
            Assert.NotNull(crisis.QuerySelector("a[href='tel:988']"));
            // Next to the 988 notice: a reader in immediate danger is told to call 911.
            var emergency = crisis.QuerySelector("a[href='tel:911']");
            Assert.NotNull(emergency);
            Assert.Contains(ThemeWords.For(page, "danger"), emergency!.ParentElement!.TextContent);
            Assert.Contains(ThemeWords.For(page, "call_911"), emergency.TextContent);
        }
    }

    [Fact]
    public void Navigation_marks_the_current_page()
    {
        var about = site.Page("about/index.html");
        Assert.Equal("/about/", about.QuerySelector("nav a[aria-current='page']")?.GetAttribute("href"));
    }

    [Fact]
    public void The_about_page_names_the_conveners_and_the_four_pillars()
    {
        var text = site.Page("about/index.html").QuerySelector("main")!.TextContent;
        foreach (var fact in new[] { "SAMHSA", "HRSA", "MHTTC", "Prevention", "Support youth", "Build resiliency", "Develop protective factors" })
            Assert.Contains(fact, text);
    }
}
