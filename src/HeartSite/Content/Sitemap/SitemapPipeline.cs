using System.Xml.Linq;
using HeartSite.Content.News;
using HeartSite.Content.NotFound;
using HeartSite.Content.Redirects;
using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Languages;
using HeartSite.Site;

namespace HeartSite.Content.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): the absolute address of every web page, in path order,
/// with <c>lastmod</c> from the page's own date (<c>updated</c>, else <c>date</c>) when it has one;
/// and <c>/robots.txt</c>, which lets every crawler in and names the sitemap. It runs in the Output
/// phase, the first point where every pipeline's finished pages are visible, and leaves out the 404
/// page, redirects, drafts (in previews) and the newsletter's email editions, which are not pages to find.
/// The default language's build writes it for every language: each translated page is listed too,
/// and a page that exists in more than one language names each version (itself included) with
/// <c>xhtml:link rel="alternate" hreflang</c>, as search engines ask.
/// </summary>
public static class SitemapPipeline
{
    public const string Name = "sitemap";
    public const string Destination = "sitemap.xml";
    public const string RobotsDestination = "robots.txt";
    static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static Pipeline Create(LanguageSite languages) => new(Name)
    {
        Output =
        {
            new Transform((_, context) =>
            [
                new Document { Destination = Destination, Content = Build(Pages(context), languages) },
                new Document { Destination = RobotsDestination, Content = Robots(languages.Root) },
            ]),
            new WriteFiles(),
        },
    };

    /// <summary>The output path of a site path: <c>/about/</c> is <c>about/index.html</c>.</summary>
    static string OutputPathOf(string path) => path.TrimStart('/') is var p && (p.Length == 0 || p.EndsWith('/')) ? p + "index.html" : p;

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

    static string Robots(SiteUrls urls) =>
        $"User-agent: *\nDisallow:\n\nSitemap: {urls.Absolute("/" + Destination)}\n";

    static string Build(IEnumerable<(string Path, DateOnly? LastModified)> pages, LanguageSite languages)
    {
        // A translation inherits its original's dates, so each version shares the original's lastmod.
        var entries = pages.SelectMany(page => languages.All
                .Where(l => languages.Exists(l, OutputPathOf(page.Path)))
                .Select(l => (Path: l.PathOf(page.Path), page.LastModified, Alternates: languages.Alternates(OutputPathOf(page.Path)))))
            .OrderBy(e => e.Path, StringComparer.Ordinal);
        var urlset = new XElement(Ns + "urlset", entries.Select(e => new XElement(Ns + "url",
            new XElement(Ns + "loc", languages.Root.Absolute(e.Path)),
            e.LastModified is { } day ? new XElement(Ns + "lastmod", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null,
            e.Alternates.Count > 2 ? e.Alternates.Select(a => new XElement(Xhtml + "link",
                new XAttribute("rel", "alternate"), new XAttribute("hreflang", a["hreflang"]!), new XAttribute("href", a["href"]!))) : null)));
        if (languages.All.Count > 1) urlset.Add(new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + urlset.ToString(SaveOptions.None).Replace("\r\n", "\n") + "\n";
    }
}
