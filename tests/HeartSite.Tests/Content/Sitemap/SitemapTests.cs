using System.Xml.Linq;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Sitemap;

public class SitemapTests(SiteFixture site)
{
    static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    IReadOnlyList<string> Locations() =>
        XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();

    [Fact]
    public void Lists_every_web_page_once_by_absolute_address_in_path_order()
    {
        var expected = site.Pages.Where(p => !p.EndsWith("404.html", StringComparison.Ordinal))
            .Select(p => "https://www.heartcollective.info/" + (p == "index.html" ? "" : p[..^"index.html".Length]))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Locations());
    }

    [Fact]
    public void Leaves_out_the_404_page_and_email_editions()
    {
        Assert.DoesNotContain(Locations(), l => l.EndsWith("404.html") || l.EndsWith("email.html"));
        Assert.Contains("https://www.heartcollective.info/news/2022-03/", Locations());
    }

    [Fact]
    public void Each_dated_page_gives_its_last_change_from_its_own_date()
    {
        var lastmod = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(Ns + "url")
            .ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")?.Value);
        string FrontMatter(string file, string key) => File.ReadLines(Path.Combine(Repo.Input, file))
            .First(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim();
        Assert.Equal(FrontMatter("tip-sheets/ways-to-support-advocacy.md", "updated"),
            lastmod["https://www.heartcollective.info/tip-sheets/ways-to-support-advocacy/"]);
        Assert.Equal(FrontMatter("news/articles/classroom-wise.md", "date"), lastmod["https://www.heartcollective.info/news/articles/classroom-wise/"]);
        Assert.Equal(FrontMatter("news/2022-03.md", "date"), lastmod["https://www.heartcollective.info/news/2022-03/"]);
        Assert.Null(lastmod["https://www.heartcollective.info/about/"]);
        Assert.All(lastmod.Values.OfType<string>(), v => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", v));
    }
}
