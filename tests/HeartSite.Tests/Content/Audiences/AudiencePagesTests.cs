using HeartSite.Content.Audiences;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Audiences;

/// <summary>Pages by audience at /for/&lt;audience&gt;/, on the real site and on small inputs.</summary>
public class AudiencePagesTests(SiteFixture site)
{
    [Fact]
    public void Every_audience_has_a_page_that_links_to_tip_sheets_events_and_articles()
    {
        Assert.Empty(site.Outcome.Diagnostics);
        foreach (var audience in HeartSite.Content.Audiences.Audiences.Values)
        {
            var main = site.Page($"for/{audience}/index.html").QuerySelector("main")!;
            Assert.False(string.IsNullOrWhiteSpace(main.QuerySelector(".lede")?.TextContent), audience);
            var hrefs = main.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Contains(hrefs, h => h.StartsWith("/tip-sheets/", StringComparison.Ordinal));
            Assert.Contains(hrefs, h => h.StartsWith("/events/", StringComparison.Ordinal));
            Assert.Contains(hrefs, h => h.StartsWith("/news/articles/", StringComparison.Ordinal));
            foreach (var href in hrefs) Assert.Contains(href.Trim('/') + "/index.html", site.Pages);
        }
    }

    [Fact]
    public void The_educators_page_lists_their_sheets_their_events_and_their_articles_newest_first()
    {
        var main = site.Page("for/educators/index.html").QuerySelector("main")!;
        Assert.Equal("For educators", main.QuerySelector("h1")!.TextContent);
        Assert.Equal(4, main.QuerySelectorAll("section[aria-labelledby='audience-tip-sheets'] li").Length);
        Assert.Contains(main.QuerySelectorAll("section[aria-labelledby='audience-events'] li a"), a => a.GetAttribute("href") == "/events/heart-webinar-2022-01/");
        var dates = main.QuerySelectorAll("section[aria-labelledby='audience-news'] li time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void The_home_page_and_audience_labels_link_to_the_audience_pages()
    {
        var home = site.Page("index.html").QuerySelectorAll("nav.home-audiences a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(HeartSite.Content.Audiences.Audiences.Values.Select(a => $"/for/{a}/"), home);
        var sheetFor = site.Page("tip-sheets/ways-to-support-advocacy/index.html").QuerySelector(".tip-sheet-facts dd")!;
        Assert.Equal("Educators, Families, Students", sheetFor.TextContent);
        Assert.Equal(["/for/educators/", "/for/families/", "/for/students/"], sheetFor.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(site.Page("events/heart-webinar-2022-01/index.html").QuerySelector(".event-facts a[href='/for/community/']"));
        Assert.NotNull(site.Page("news/articles/classroom-wise/index.html").QuerySelector(".news-audience a[href='/for/educators/']"));
    }

    [Fact]
    public void An_unknown_audience_in_the_data_file_or_an_article_is_HS0102_at_its_line()
    {
        using var scratch = new ScratchSite();
        scratch.Write("data/audiences.yml", "educators:\n  title: For educators\n  intro: Hello.\nteachers:\n  title: For teachers\n  intro: Hello.\n");
        scratch.Write("news/articles/alpha.md", "---\ntitle: Alpha\nsummary: About it.\ndate: 2022-01-04\naudience:\n  - educators\n  - parents\n---\nText.\n");
        var problems = scratch.Build().Diagnostics.Select(d => (Path.GetFileName(d.File), d.Code, d.Line)).ToList();
        Assert.Contains(("audiences.yml", "HS0102", 4), problems);
        Assert.Contains(("alpha.md", "HS0102", 7), problems);
    }

    [Fact]
    public void Without_a_record_an_audience_has_no_page_and_its_label_is_plain_text()
    {
        using var scratch = new ScratchSite();
        scratch.Write("news/articles/alpha.md", "---\ntitle: Alpha\nsummary: About it.\ndate: 2022-01-04\naudience: [families]\n---\nText.\n");
        Assert.Empty(scratch.Build().Diagnostics);
        Assert.False(scratch.Has("for/families/index.html"));
        var label = scratch.Page("news/articles/alpha/index.html").QuerySelector(".news-audience")!;
        Assert.Equal(("For: Families", 0), (label.TextContent, label.QuerySelectorAll("a").Length));
    }

    [Fact]
    public void Labels_follow_the_list_order_and_link_only_audiences_with_a_page()
    {
        var pages = new[] { new HeartSite.Engine.Document { Destination = "for/students/index.html" }.With(AudiencesPipeline.AudienceKey, "students") };
        Assert.Equal([new AudienceLink("Educators", null), new AudienceLink("Students", "/for/students/")],
            HeartSite.Content.Audiences.Audiences.Links(["students", "educators"], pages));
    }
}
