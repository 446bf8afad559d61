using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using HeartSite.Engine;
using HeartSite.Hosting;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Site;

/// <summary>
/// The real content built for a GitHub project page (<c>/heart-site/</c>) and served the way Pages
/// serves it: starting from the home page, every internal link in HTML (href and src) and every
/// address of the site in feeds, sitemaps and calendars must answer 200 and stay under the prefix.
/// </summary>
public partial class BasePathLinkTests
{
    const string BasePath = "/heart-site/";
    const string PublishedUrl = "https://example.github.io/heart-site/";
    static readonly HtmlParser Parser = new();

    [GeneratedRegex(@"https?://[^\s""'<>]+")]
    private static partial Regex AbsoluteUrls();

    [Fact]
    public async Task Every_link_reachable_from_the_home_page_works_under_the_base_path()
    {
        using var temp = new TempDir();
        var output = temp["_site"];
        var outcome = SiteBuilder.Build(new BuildSettings(Repo.Input, Repo.Theme, output, SiteFixture.Now) { BaseUrl = PublishedUrl });
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        // Only the base URL was given: the base path is its path.
        Assert.Equal(BasePath, outcome.BasePath);
        await using var host = await SiteHost.StartAsync(output, outcome.BasePath);
        using var http = new HttpClient();
        var cancel = TestContext.Current.CancellationToken;
        var site = new Uri(host.Url);
        var problems = new List<string>();

        // Machine-read files (feeds, sitemap, calendars) are not linked from pages, so they start the crawl too.
        var queue = new Queue<(Uri Url, string From)>([(site, "the start")]);
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".xml") || f.EndsWith(".ics")))
            queue.Enqueue((new Uri(site, Path.GetRelativePath(output, file).Replace('\\', '/')), "the output folder"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var fragments = new List<(Uri Url, string From)>();

        while (queue.TryDequeue(out var item))
        {
            var page = new UriBuilder(item.Url) { Fragment = "" }.Uri;
            if (item.Url.Fragment.Length > 1) fragments.Add(item);
            if (!seen.Add(page.AbsoluteUri)) continue;
            if (!page.AbsolutePath.StartsWith(BasePath, StringComparison.Ordinal))
            {
                problems.Add($"{item.From} links to {page.AbsolutePath}, outside {BasePath}");
                continue;
            }
            using var response = await http.GetAsync(page, cancel);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{item.From} links to {page.AbsolutePath}, which answers {(int)response.StatusCode}");
                continue;
            }
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            var text = await response.Content.ReadAsStringAsync(cancel);
            IEnumerable<string> links = [];
            if (mediaType == "text/html")
            {
                var document = Parser.ParseDocument(text);
                ids[page.AbsoluteUri] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                links = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            }
            else if (mediaType is "application/xml" or "application/rss+xml" or "application/atom+xml" or "text/calendar")
                // Calendars fold long lines with CRLF and a space; unfold before looking for addresses.
                links = AbsoluteUrls().Matches(text.Replace("\r\n ", "").Replace("\n ", "")).Select(m => m.Value)
                    .Where(url => url.StartsWith("https://example.github.io", StringComparison.Ordinal))
                    .Select(url => url.StartsWith(PublishedUrl, StringComparison.Ordinal)
                        ? new Uri(site, url[PublishedUrl.Length..]).AbsoluteUri
                        : new Uri(site, new Uri(url).PathAndQuery).AbsoluteUri);
            foreach (var link in links)
            {
                // The email editions' unsubscribe link is a merge tag the email service fills in, not a page.
                if (HeartSite.Checks.LinkTarget.IsMergeTag(WebUtility.HtmlDecode(link))) continue;
                if (!Uri.TryCreate(page, WebUtility.HtmlDecode(link), out var target)) { problems.Add($"{page.AbsolutePath} has a malformed link '{link}'"); continue; }
                if (target.Scheme is "http" or "https" && target.Authority == site.Authority) queue.Enqueue((target, page.AbsolutePath));
            }
        }

        foreach (var (url, from) in fragments)
        {
            var page = new UriBuilder(url) { Fragment = "" }.Uri.AbsoluteUri;
            var id = Uri.UnescapeDataString(url.Fragment[1..]);
            if (ids.TryGetValue(page, out var known) && !known.Contains(id))
                problems.Add($"{from} links to {url.AbsolutePath}#{id}, but that page has no element with that id");
        }
        Assert.True(seen.Count >= 2, $"the crawl found only {seen.Count} address(es)");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public async Task A_missing_page_deep_under_the_base_path_gets_a_not_found_page_whose_links_stay_under_it()
    {
        using var temp = new TempDir();
        var output = temp["_site"];
        Assert.True(SiteBuilder.Build(new BuildSettings(Repo.Input, Repo.Theme, output, SiteFixture.Now) { BaseUrl = PublishedUrl }).Succeeded);
        Assert.SkipUnless(File.Exists(Path.Combine(output, "404.html")), "this site has no 404.html yet");
        await using var host = await SiteHost.StartAsync(output, BasePath);
        using var http = new HttpClient();
        var cancel = TestContext.Current.CancellationToken;
        var missing = new Uri(new Uri(host.Url), "no/such/page/");
        using var response = await http.GetAsync(missing, cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync(cancel));
        foreach (var link in document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
        {
            if (link.StartsWith('#')) continue; // a jump within the 404 page itself (the skip link)
            var target = new Uri(missing, link);
            if (target.Authority != missing.Authority || target.Scheme is not ("http" or "https")) continue;
            Assert.StartsWith(BasePath, target.AbsolutePath);
            using var linked = await http.GetAsync(new UriBuilder(target) { Fragment = "" }.Uri, cancel);
            Assert.True(linked.StatusCode == HttpStatusCode.OK, $"404.html links to {target.AbsolutePath}, which answers {(int)linked.StatusCode}");
        }
    }
}
