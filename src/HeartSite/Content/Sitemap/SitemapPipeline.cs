using System.Xml.Linq;
using HeartSite.Content.News;
using HeartSite.Content.NotFound;
using HeartSite.Content.Redirects;
using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Languages;

namespace HeartSite.Content.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): the absolute address of every web page, in path order.
/// It runs in the Output phase, the first point where every pipeline's finished pages are visible,
/// and leaves out the 404 page, redirects and the newsletter's email editions, which are not pages to find.
/// The default language's build writes it for every language: each translated page is listed too,
/// and a page that exists in more than one language names each version (itself included) with
/// <c>xhtml:link rel="alternate" hreflang</c>, as search engines ask.
/// </summary>
public static class SitemapPipeline
{
    public const string Name = "sitemap";
    public const string Destination = "sitemap.xml";
    static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static Pipeline Create(LanguageSite languages) => new(Name)
    {
        Output =
        {
            new Transform((_, context) => [new Document { Destination = Destination, Content = Build(PagePaths(context), languages) }]),
            new WriteFiles(),
        },
    };

    /// <summary>The output path of a site path: <c>/about/</c> is <c>about/index.html</c>.</summary>
    static string OutputPathOf(string path) => path.TrimStart('/') is var p && (p.Length == 0 || p.EndsWith('/')) ? p + "index.html" : p;

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

    static string Build(IEnumerable<string> paths, LanguageSite languages)
    {
        var entries = paths.SelectMany(path => languages.All
                .Where(l => languages.Exists(l, OutputPathOf(path)))
                .Select(l => (Path: l.PathOf(path), Alternates: languages.Alternates(OutputPathOf(path)))))
            .OrderBy(e => e.Path, StringComparer.Ordinal);
        var urlset = new XElement(Ns + "urlset", entries.Select(e => new XElement(Ns + "url",
            new XElement(Ns + "loc", languages.RootBaseUrl.TrimEnd('/') + e.Path),
            e.Alternates.Count > 2 ? e.Alternates.Select(a => new XElement(Xhtml + "link",
                new XAttribute("rel", "alternate"), new XAttribute("hreflang", a["hreflang"]!), new XAttribute("href", a["href"]!))) : null)));
        if (languages.All.Count > 1) urlset.Add(new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + urlset.ToString(SaveOptions.None).Replace("\r\n", "\n") + "\n";
    }
}
