using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content;

/// <summary>"Read next" at the end of tip sheets, articles and glossary entries.</summary>
public class ReadNextTests(SiteFixture site)
{
    static string Article(string title, string audience, string body = "Text.") =>
        $"---\ntitle: {title}\nsummary: About it.\ndate: 2022-01-04\naudience: [{audience}]\n---\n{body}\n";

    [Fact]
    public void The_pages_sharing_the_most_come_first_ties_by_title_never_the_page_itself_or_a_stranger()
    {
        using var scratch = new ScratchSite();
        scratch.Write("glossary/resilience.md", "---\nterm: Resilience\ndefinition: Bouncing back.\n---\nMore.\n");
        scratch.Write("news/articles/alpha.md", Article("Alpha", "educators, families", "Resilience."));
        scratch.Write("news/articles/bravo.md", Article("Bravo", "educators"));
        scratch.Write("news/articles/charlie.md", Article("Charlie", "educators, families", "Resilience."));
        scratch.Write("news/articles/delta.md", Article("Delta", "educators, families"));
        scratch.Write("news/articles/echo.md", Article("Echo", "students"));
        Assert.Empty(scratch.Build().Diagnostics);
        string[] Next(string path) => scratch.Page(path).QuerySelectorAll("nav.read-next a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Charlie", "Delta", "Bravo"], Next("news/articles/alpha/index.html"));
        Assert.Equal(["Alpha", "Charlie"], Next("glossary/resilience/index.html"));
        Assert.Empty(Next("news/articles/echo/index.html"));
    }

    [Fact]
    public void Every_real_sheet_article_and_entry_suggests_one_to_three_other_pages_that_exist()
    {
        var pages = site.Pages.Where(p => (p.StartsWith("tip-sheets/") || p.StartsWith("news/articles/") || p.StartsWith("glossary/"))
            && p.Count(c => c == '/') == 2).ToList();
        Assert.True(pages.Count > 40);
        foreach (var path in pages)
        {
            var links = site.Page(path).QuerySelectorAll("nav.read-next a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.InRange(links.Count, 1, 3);
            Assert.DoesNotContain("/" + path[..^"index.html".Length], links);
            foreach (var href in links) Assert.Contains(href.Trim('/') + "/index.html", site.Pages);
        }
    }
}
