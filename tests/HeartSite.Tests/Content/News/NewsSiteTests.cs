using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.News;

/// <summary>The real newsletter content, built once, read as the web pages readers see.</summary>
public class NewsSiteTests(SiteFixture site)
{
    static readonly string[] IssueIds = ["2021-11", "2022-01", "2022-03"];

    [Fact]
    public void Every_issue_has_a_web_page_email_html_and_email_text()
    {
        Assert.Empty(site.Outcome.Diagnostics);
        var issues = Directory.GetFiles(Path.Combine(Repo.Input, "news"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(IssueIds, issues);
        foreach (var id in IssueIds)
            foreach (var file in new[] { "index.html", "email.html", "email.txt" })
                Assert.True(File.Exists(Path.Combine(site.Output, "news", id, file)), $"{id}/{file}");
        Assert.True(Directory.GetFiles(Path.Combine(Repo.Input, "news", "articles"), "*.md").Length >= 8);
        // The sign-up address is not in the sources, so site.yml leaves it unset and no sign-up link shows.
        Assert.DoesNotContain("Sign up", site.Page("news/index.html").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void An_issue_page_shows_its_intro_then_its_articles_in_order_with_links_to_their_pages()
    {
        var page = site.Page("news/2022-03/index.html");
        Assert.Equal("Opening the door to care", page.QuerySelector("h1")!.TextContent);
        var titles = page.QuerySelectorAll("section.news-article h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
        [
            "/news/articles/why-access-to-care-matters/", "/news/articles/health-centers-in-schools/", "/news/articles/heart-webinar-series/",
            "/news/articles/healtheknowledge-course-planned/",
        ], titles);
        var intro = page.QuerySelector(".news-intro")!;
        Assert.True(intro.CompareDocumentPosition(page.QuerySelector("section.news-article")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Contains("56.4%", page.QuerySelector("main")!.TextContent);
        Assert.Equal("/news/2022-03/email.html", page.QuerySelector(".news-editions a")!.GetAttribute("href"));
        Assert.Equal("2022-03-01", page.QuerySelector("header time")!.GetAttribute("datetime"));
    }

    [Theory]
    [InlineData("2021-11", null, "/news/2022-01/")]
    [InlineData("2022-01", "/news/2021-11/", "/news/2022-03/")]
    [InlineData("2022-03", "/news/2022-01/", null)]
    public void Issue_pages_link_to_the_previous_and_next_issue(string id, string? previous, string? next)
    {
        var page = site.Page($"news/{id}/index.html");
        Assert.Equal(previous, page.QuerySelector(".news-pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(next, page.QuerySelector(".news-pager a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public void A_reused_article_appears_in_both_issues_and_its_page_links_back_to_both()
    {
        foreach (var id in new[] { "2022-01", "2022-03" })
            Assert.NotNull(site.Page($"news/{id}/index.html").QuerySelector("section.news-article h2 a[href='/news/articles/heart-webinar-series/']"));
        var article = site.Page("news/articles/heart-webinar-series/index.html");
        Assert.Equal(["/news/2022-03/", "/news/2022-01/"], article.QuerySelectorAll(".news-carried-in li a").Select(a => a.GetAttribute("href")));

        var model = site.Page("news/articles/compassionate-school-mental-health-model/index.html");
        Assert.Equal(["/news/2022-01/", "/news/2021-11/"], model.QuerySelectorAll(".news-carried-in li a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_archive_lists_issues_by_year_newest_first_with_dates_and_summaries()
    {
        var archive = site.Page("news/index.html");
        Assert.Equal(["2022", "2021"], archive.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal(["/news/2022-03/", "/news/2022-01/", "/news/2021-11/"],
            archive.QuerySelectorAll(".news-issues li > a").Select(a => a.GetAttribute("href")));
        var first = archive.QuerySelector(".news-issues li")!;
        Assert.StartsWith("Issue 3:", first.QuerySelector("a")!.TextContent);
        Assert.Equal("2022-03-01", first.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Why so many young people go without mental health care", first.TextContent);
    }

    [Fact]
    public void The_home_page_shows_the_newest_issue_and_the_navigation_links_to_news()
    {
        var home = site.Page("index.html");
        Assert.Equal("/news/2022-03/", home.QuerySelector(".home-news a")!.GetAttribute("href"));
        Assert.NotNull(home.QuerySelector("nav a[href='/news/']"));
        Assert.Equal("/news/", site.Page("news/2022-01/index.html").QuerySelector("nav a[aria-current='page']")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_page_advertises_both_feeds()
    {
        foreach (var path in site.Pages)
        {
            var head = site.Page(path).Head!;
            Assert.Equal("/news/feed.xml", head.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
            Assert.Equal("/news/feed.json", head.QuerySelector("link[rel=alternate][type='application/feed+json']")?.GetAttribute("href"));
        }
    }
}
