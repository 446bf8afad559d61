using AngleSharp.Css.Dom;
using HeartSite.Checks;
using HeartSite.Tests.Support;
using HeartSite.Tests.Theme;

namespace HeartSite.Tests.Site;

/// <summary>Every page of the real site, whatever pipelines exist, keeps the theme's accessibility promises.</summary>
public class AccessibleThemeTests(SiteFixture site)
{
    [Fact]
    public void Every_check_passes_on_every_page_with_no_warnings()
    {
        Assert.Contains("404.html", site.Pages);
        Assert.Empty(SiteChecks.Run(new CheckRequest(site.Output, "/", ReadingGrade: site.Outcome.ReadingGrade)));
    }

    [Fact]
    public void Every_page_starts_with_a_skip_link_then_the_crisis_line_without_scripts()
    {
        foreach (var path in site.Pages)
        {
            var body = site.Page(path).Body!;
            var skip = body.FirstElementChild!;
            Assert.Equal(("a", "#main"), (skip.LocalName, skip.GetAttribute("href")));
            Assert.NotNull(site.Page(path).GetElementById("main"));
            var crisis = skip.NextElementSibling!;
            Assert.True(crisis.ClassList.Contains("crisis"), $"{path}: the crisis notice should follow the skip link");
            Assert.Equal(["tel:988", "sms:988", "tel:911"], crisis.QuerySelectorAll("a[href^='tel:'], a[href^='sms:']").Select(a => a.GetAttribute("href")));
            Assert.Null(crisis.Closest("[hidden]"));
            // JSON-LD is data for search engines, not a script that runs; only /search/ runs one (and reads without it, see SearchTests).
            Assert.DoesNotContain(site.Page(path).QuerySelectorAll("script:not([type='application/ld+json']), noscript"),
                s => !((path == HeartSite.Content.Search.SearchIndex.PageDestination || path.EndsWith("/" + HeartSite.Content.Search.SearchIndex.PageDestination, StringComparison.Ordinal))
                    && s.GetAttribute("src") == "/assets/search.js"));
        }
    }

    [Fact]
    public void Every_page_has_one_banner_navigation_main_and_contentinfo_landmark()
    {
        foreach (var path in site.Pages)
        {
            var page = site.Page(path);
            foreach (var landmark in new[] { "body > header", "header nav[aria-label]", "body > main", "body > footer" })
                Assert.True(page.QuerySelectorAll(landmark).Length == 1, $"{path}: expected one {landmark}");
            Assert.True(page.QuerySelectorAll("nav a[aria-current='page']").Length <= 1, path);
        }
        Assert.Equal("/", site.Page("index.html").QuerySelector("nav a[aria-current='page']")?.GetAttribute("href"));
        Assert.Null(site.Page("404.html").QuerySelector("[aria-current]"));
    }

    [Fact]
    public void Every_page_with_its_stylesheet_fits_the_budget()
    {
        var loaded = SiteChecks.Load(new CheckRequest(site.Output, "/"));
        var largest = loaded.Pages.Max(p => PageBudget.PageAndStylesBytes(p, loaded));
        Assert.InRange(largest, 1, PageBudget.PageAndStylesLimit);
        TestContext.Current.TestOutputHelper?.WriteLine($"largest page + CSS: {largest} bytes");
    }

    [Fact]
    public void The_404_page_links_home_and_keeps_the_theme()
    {
        var page = site.Page("404.html");
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        Assert.Equal("/assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Print_styles_drop_navigation_and_show_where_external_links_go_on_letter_paper()
    {
        var print = ThemeStyles.Parse().Rules.OfType<ICssMediaRule>().Where(m => m.ConditionText.Contains("print")).ToList();
        var rules = print.SelectMany(m => m.Rules.OfType<ICssStyleRule>()).ToList();
        Assert.Contains(rules, r => r.SelectorText.Contains(".site-header nav") && r.Style.GetPropertyValue("display") == "none");
        Assert.Contains(rules, r => r.SelectorText.Contains("a[href^=\"http\"]::after") && r.Style.GetPropertyValue("content").Contains("attr(href)"));
        Assert.NotEmpty(print.SelectMany(m => m.Rules.OfType<ICssPageRule>()));
        // AngleSharp.Css drops the @page 'size' descriptor it does not model, so read that from the source.
        Assert.Matches(@"@page\s*\{[^}]*size:\s*letter", ThemeStyles.Source());
    }

    [Fact]
    public void Motion_is_off_for_readers_who_ask_and_focus_is_always_visible()
    {
        var sheet = ThemeStyles.Parse();
        var reduced = sheet.Rules.OfType<ICssMediaRule>().Single(m => m.ConditionText.Contains("prefers-reduced-motion: reduce"));
        Assert.Contains(reduced.Rules.OfType<ICssStyleRule>(), r => r.Style.GetPropertyValue("animation").StartsWith("none"));
        var focus = sheet.Rules.OfType<ICssStyleRule>().Single(r => r.SelectorText == ":focus-visible");
        Assert.Contains("3px", focus.Style.GetPropertyValue("outline"));
        Assert.DoesNotContain(sheet.Rules.OfType<ICssStyleRule>(), r => r.SelectorText.Contains("focus") && r.SelectorText != "main:focus"
            && r.Style.GetPropertyValue("outline") is "none" or "0");
    }
}
