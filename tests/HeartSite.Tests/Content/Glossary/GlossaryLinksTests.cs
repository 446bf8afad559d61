using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Glossary;

/// <summary>Glossary terms linked in every content type, and each entry's "Where this term is used".</summary>
public class GlossaryLinksTests(SiteFixture site)
{
    const string Resilience = "---\nterm: Resilience\naliases: [resiliency]\ndefinition: Bouncing back.\n---\nMore about resilience.\n";

    [Fact]
    public void Articles_events_and_pages_link_the_first_mention_outside_headings_links_and_code()
    {
        using var scratch = new ScratchSite();
        scratch.Write("glossary/resilience.md", Resilience);
        const string body = "## Resilience\n\nSee [resilience here](https://example.org/) and `resilience`.\n\nBuild resiliency\nand resilience.\n";
        scratch.Write("news/articles/alpha.md", $"---\ntitle: Alpha\nsummary: About it.\ndate: 2022-01-04\n---\n{body}");
        scratch.Write("events/bravo.md", $"---\ntitle: Bravo\nsummary: About it.\nstart: 2022-04-14T15:00\n---\n{body}");
        scratch.Write("pages/charlie.md", $"---\ntitle: Charlie\ndescription: About it.\n---\n{body}");
        Assert.Empty(scratch.Build().Diagnostics);
        foreach (var path in new[] { "news/articles/alpha/index.html", "events/bravo/index.html", "charlie/index.html" })
        {
            var main = scratch.Page(path).QuerySelector("main")!;
            Assert.Empty(main.QuerySelectorAll("h2 a, code a"));
            var link = Assert.Single(main.QuerySelectorAll("a.glossary-term"));
            Assert.Equal(("resiliency", "/glossary/resilience/"), (link.TextContent, link.GetAttribute("href")));
        }
        var uses = scratch.Page("glossary/resilience/index.html").QuerySelectorAll("section[aria-labelledby='used-in'] a")
            .Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Alpha", "/news/articles/alpha/"), ("Bravo", "/events/bravo/"), ("Charlie", "/charlie/")], uses);
    }

    [Fact]
    public void A_page_never_links_to_itself_or_lists_itself_as_a_use()
    {
        using var scratch = new ScratchSite();
        scratch.Write("glossary/resilience.md", Resilience);
        scratch.Write("pages/glossary/resilience/more.md", "---\ntitle: More\ndescription: About it.\n---\nResilience.\n");
        Assert.Empty(scratch.Build().Diagnostics);
        Assert.Empty(scratch.Page("glossary/resilience/index.html").QuerySelectorAll(".prose a.glossary-term"));
        Assert.Equal("/glossary/resilience/more/", scratch.Page("glossary/resilience/index.html")
            .QuerySelector("section[aria-labelledby='used-in'] a")!.GetAttribute("href"));
    }

    [Fact]
    public void On_the_real_site_an_article_an_event_and_a_page_link_to_glossary_entries()
    {
        Assert.Contains(site.Pages, p => p.StartsWith("news/articles/") && site.Page(p).QuerySelector("a.glossary-term") is not null);
        Assert.Contains(site.Pages, p => p.StartsWith("events/") && site.Page(p).QuerySelector("a.glossary-term") is not null);
        Assert.NotNull(site.Page("about/index.html").QuerySelector("a.glossary-term"));
    }

    [Fact]
    public void At_least_ten_real_entries_list_where_they_are_used_sorted_by_title_with_working_links()
    {
        var entries = site.Pages.Where(p => p.StartsWith("glossary/") && p != "glossary/index.html").ToList();
        var listing = 0;
        foreach (var path in entries)
        {
            var links = site.Page(path).QuerySelectorAll("section[aria-labelledby='used-in'] a").ToList();
            if (links.Count == 0) continue;
            listing++;
            var titles = links.Select(a => a.TextContent).ToList();
            Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
            foreach (var a in links)
            {
                var target = (a.GetAttribute("href")!.Trim('/') + "/index.html").TrimStart('/');
                Assert.Contains(target, site.Pages);
                Assert.Contains(site.Page(target).QuerySelectorAll("a").Select(l => l.GetAttribute("href")), h => h == "/" + path[..^"index.html".Length]);
            }
        }
        Assert.True(listing >= 10, $"{listing} entries list their uses");
    }
}
