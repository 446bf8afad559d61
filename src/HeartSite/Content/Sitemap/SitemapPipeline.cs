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
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): the absolute address of every web page, in path order.
/// It runs in the Output phase, the first point where every pipeline's finished pages are visible,
/// and leaves out the 404 page, redirects and the newsletter's email editions, which are not pages to find.
/// </summary>
public static class SitemapPipeline
{
    public const string Name = "sitemap";
    public const string Destination = "sitemap.xml";
    static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static Pipeline Create(SiteData site) => new(Name)
    {
        Output =
        {
            new Transform((_, context) => [new Document { Destination = Destination, Content = Build(PagePaths(context), site) }]),
            new WriteFiles(),
        },
    };

    /// <summary>The site paths of every listed page (<c>/about/</c>), sorted ordinally.</summary>
    static IEnumerable<string> PagePaths(PipelineContext context) => context.AllVisibleOutputs
        .Where(d => !d.Metadata.ContainsKey(Publication.RedirectTarget)) // an old address is not a page to find
        .Select(d => d.Destination)
        .OfType<string>()
        .Where(d => d.EndsWith(".html", StringComparison.Ordinal) && d != NotFoundPipeline.Destination
            && !d.EndsWith("/" + NewsEmailPipeline.EmailFile, StringComparison.Ordinal))
        .Select(SetDestination.UrlOf)
        .Distinct()
        .Order(StringComparer.Ordinal);

    static string Build(IEnumerable<string> paths, SiteData site)
    {
        var urlset = new XElement(Ns + "urlset", paths.Select(p => new XElement(Ns + "url", new XElement(Ns + "loc", site.Urls.Absolute(p)))));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + urlset.ToString(SaveOptions.None).Replace("\r\n", "\n") + "\n";
    }
}
