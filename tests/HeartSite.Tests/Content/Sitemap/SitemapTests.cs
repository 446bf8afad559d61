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
        var expected = site.Pages.Where(p => p != "404.html")
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
}
