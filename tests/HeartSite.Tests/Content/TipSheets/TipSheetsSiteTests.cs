using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.TipSheets;

/// <summary>The real tip sheets, built with the rest of the site.</summary>
public class TipSheetsSiteTests(SiteFixture site)
{
    static readonly string[] InOrder =
    [
        "Best Practices for Collaboration",
        "Addressing Possible Barriers to Collaboration",
        "Glossary of Mental Health Terms",
        "Ways to Support Advocacy",
    ];

    [Fact]
    public void The_four_tip_sheets_the_seeds_name_are_published()
    {
        Assert.Empty(site.Outcome.Diagnostics);
        var sheets = site.Pages.Where(p => p.StartsWith("tip-sheets/") && p != "tip-sheets/index.html").ToList();
        Assert.Equal(4, sheets.Count);
        var titles = sheets.Select(p => site.Page(p).QuerySelector("h1")!.TextContent).Order(StringComparer.Ordinal);
        Assert.Equal(InOrder.Order(StringComparer.Ordinal), titles);
    }

    [Fact]
    public void Every_audience_has_a_section_and_sheets_keep_their_order_within_it()
    {
        var page = site.Page("tip-sheets/index.html");
        Assert.Equal(["#for-educators", "#for-families", "#for-students", "#for-health-centers"],
            page.QuerySelectorAll("nav.jump-list a").Select(a => a.GetAttribute("href")));
        foreach (var section in page.QuerySelectorAll("section.tip-sheet-group"))
        {
            var titles = section.QuerySelectorAll("li a").Select(a => a.TextContent).ToList();
            Assert.NotEmpty(titles);
            Assert.Equal(InOrder.Where(titles.Contains), titles);
        }
        var forStudents = page.QuerySelectorAll("section[aria-labelledby='for-students'] li a").Select(a => a.TextContent);
        Assert.Equal(["Glossary of Mental Health Terms", "Ways to Support Advocacy"], forStudents);
    }

    [Fact]
    public void The_best_practices_sheet_is_organised_by_the_four_pillars()
    {
        var headings = site.Page("tip-sheets/best-practices-for-collaboration/index.html").QuerySelectorAll(".prose h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Prevention: reduce the causes", headings);
        Assert.Contains("Support youth", headings);
        Assert.Contains("Build resiliency", headings);
        Assert.Contains("Develop protective factors", headings);
    }

    [Fact]
    public void Sheets_link_glossary_terms_once_each_to_pages_that_exist()
    {
        foreach (var path in site.Pages.Where(p => p.StartsWith("tip-sheets/") && p != "tip-sheets/index.html"))
        {
            var links = site.Page(path).QuerySelectorAll("a.glossary-term").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            Assert.Equal(links.Distinct().Count(), links.Count);
            foreach (var href in links) Assert.Contains(href.Trim('/') + "/index.html", site.Pages);
        }
    }

    [Fact]
    public void The_home_page_lists_the_sheets_in_order_and_the_navigation_has_both_sections()
    {
        var home = site.Page("index.html");
        Assert.Equal(InOrder, home.QuerySelectorAll("section.home-tip-sheets li a").Select(a => a.TextContent));
        var nav = home.QuerySelectorAll("header nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        // Find help comes first, then Home.
        Assert.Equal(("Find help", "/find-help/"), nav[0]);
        Assert.Equal(("Tip sheets", "/tip-sheets/"), nav[2]);
        Assert.Equal(("Glossary", "/glossary/"), nav[3]);
    }

    [Fact]
    public void A_sheet_shows_who_it_is_for_its_pillars_and_a_machine_readable_date()
    {
        var main = site.Page("tip-sheets/ways-to-support-advocacy/index.html").QuerySelector("main")!;
        Assert.Equal("Educators, Families, Students", main.QuerySelectorAll(".tip-sheet-facts dd")[0].TextContent);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", main.QuerySelector("time")!.GetAttribute("datetime")!);
        Assert.Equal("https://www.heartcollective.info/tip-sheets/ways-to-support-advocacy/",
            main.QuerySelector(".tip-sheet-footer a")!.GetAttribute("href"));
    }
}
