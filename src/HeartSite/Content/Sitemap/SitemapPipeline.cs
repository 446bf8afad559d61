using System.Xml.Linq;
using HeartSite.Content.News;
using HeartSite.Content.NotFound;
using HeartSite.Content.Redirects;
using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): the absolute address of every web page, in path order,
/// with <c>lastmod</c> from the page's own date (<c>updated</c>, else <c>date</c>) when it has one;
/// and <c>/robots.txt</c>, which lets every crawler in and names the sitemap. It runs in the Output
/// phase, the first point where every pipeline's finished pages are visible, and leaves out the 404
/// page, redirects, drafts (in previews) and the newsletter's email editions, which are not pages to find.
/// </summary>
public static class SitemapPipeline
{
    public const string Name = "sitemap";
    public const string Destination = "sitemap.xml";
    public const string RobotsDestination = "robots.txt";
    static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static Pipeline Create(SiteData site) => new(Name)
    {
        Output =
        {
            new Transform((_, context) =>
            [
                new Document { Destination = Destination, Content = Build(Pages(context), site) },
                new Document { Destination = RobotsDestination, Content = Robots(site) },
            ]),
            new WriteFiles(),
        },
    };

    /// <summary>The site path of every listed page (<c>/about/</c>) with its last change, sorted ordinally by path.</summary>
    static IEnumerable<(string Path, DateOnly? LastModified)> Pages(PipelineContext context) => context.AllVisibleOutputs
        .Where(d => !d.Metadata.ContainsKey(Publication.RedirectTarget)) // an old address is not a page to find
        .Where(d => !d.Get<bool>(Publication.Draft))                        // nor is a draft a preview shows
        .Where(d => d.Destination is { } path && path.EndsWith(".html", StringComparison.Ordinal) && path != NotFoundPipeline.Destination
            && !path.EndsWith("/" + NewsEmailPipeline.EmailFile, StringComparison.Ordinal))
        .Select(d => (Path: SetDestination.UrlOf(d.Destination!), LastModified: LastModified(d)))
        .DistinctBy(p => p.Path)
        .OrderBy(p => p.Path, StringComparer.Ordinal);

    /// <summary>The day a page's content last changed, as its front matter says: <c>updated</c>, else <c>date</c>.</summary>
    static DateOnly? LastModified(Document page) =>
        page.Metadata.GetValueOrDefault(Keys.Updated) as DateOnly? ?? page.Metadata.GetValueOrDefault(NewsKeys.Date) as DateOnly?;

    static string Robots(SiteData site) =>
        $"User-agent: *\nDisallow:\n\nSitemap: {site.Urls.Absolute("/" + Destination)}\n";

    static string Build(IEnumerable<(string Path, DateOnly? LastModified)> pages, SiteData site)
    {
        var urlset = new XElement(Ns + "urlset", pages.Select(p => new XElement(Ns + "url",
            new XElement(Ns + "loc", site.Urls.Absolute(p.Path)),
            p.LastModified is { } day ? new XElement(Ns + "lastmod", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + urlset.ToString(SaveOptions.None).Replace("\r\n", "\n") + "\n";
    }
}
