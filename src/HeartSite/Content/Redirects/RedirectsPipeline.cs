using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Templates;
using HeartSite.Site;

namespace HeartSite.Content.Redirects;

/// <summary>
/// Old addresses that still work after a page is renamed or moved: every <c>redirect_from</c> entry
/// of any page becomes a small page at the old address that sends readers on (an instant refresh,
/// and a plain link for when that does not happen), names the new address as canonical and asks
/// search engines not to list it. The link checks follow its link like any other; an old address
/// another page already has is HS0106 (see <see cref="Engine.Safety.Destinations"/>).
/// </summary>
public static class RedirectsPipeline
{
    public const string Name = "redirects";

    public static Pipeline Create(SiteData site, Languages.LanguageStrings words) => new(Name)
    {
        // PostProcess sees every pipeline's pages, with their addresses, whatever their type; a
        // translation's build sees the originals it only lists too, whose old addresses it does not have.
        PostProcess = { new Transform((_, context) => context.AllVisibleOutputs.Where(p => !Languages.SkipUntranslated.IsUntranslated(p))
            .SelectMany(page => RedirectsTo(page, site, words, context)).ToList()) },
        Output = { new WriteFiles() },
    };

    static IEnumerable<Document> RedirectsTo(Document page, SiteData site, Languages.LanguageStrings words, PipelineContext context)
    {
        if (page.Destination is null || page.Get<IReadOnlyList<string>>(Publication.RedirectFrom) is not { Count: > 0 } oldUrls) yield break;
        var target = SetDestination.UrlOf(page.Destination);
        for (var i = 0; i < oldUrls.Count; i++)
        {
            var old = oldUrls[i].Trim();
            if (DestinationOf(old) is not { } destination)
            {
                context.Report(Diagnostic.Error("HS0110", $"'{old}' in 'redirect_from' is not an old address of this site",
                    "write the old address as it was after the site's name, starting with /, like /tip-sheets/old-name/", page, $"{Publication.RedirectFrom}[{i}]"));
                continue;
            }
            yield return new Document
            {
                Source = page.Source, RelativeSource = page.RelativeSource, Map = page.Map, Destination = destination,
                Content = Html(page.GetString(Keys.Title) ?? target, target, site, words, context.Settings),
            }.With(Publication.RedirectTarget, target);
        }
    }

    /// <summary><c>/old/</c> → <c>old/index.html</c>, <c>/old.html</c> → <c>old.html</c>, <c>/old</c> → <c>old/index.html</c>; null when not a plain site path.</summary>
    public static string? DestinationOf(string oldUrl)
    {
        if (!oldUrl.StartsWith('/') || oldUrl.StartsWith("//") || oldUrl.Length == 1) return null;
        var path = oldUrl.TrimStart('/');
        var segments = path.TrimEnd('/').Split('/');
        if (segments.Any(s => s is "" or "." or ".." || s.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '\\' or '%' or ':'))) return null;
        if (path.EndsWith('/')) return path + "index.html";
        return path.EndsWith(".html", StringComparison.Ordinal) ? path : path + "/index.html";
    }

    static string Html(string title, string target, SiteData site, Languages.LanguageStrings words, BuildSettings settings)
    {
        string E(string s) => HtmlTextEncoder.Encode(s);
        var href = E(settings.Urls.Relative(target));
        return $"""
            <!DOCTYPE html>
            <html lang="{E(site.Language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={href}">
            <link rel="canonical" href="{E(site.Urls.Absolute(target))}">
            <title>{E(words.Text("moved_title"))} {E(title)} — {E(site.Title)}</title>
            </head>
            <body>
            <main id="main">
            <h1>{E(words.Text("moved_heading"))}</h1>
            <p>{E(words.Text("moved_text"))} <a href="{href}">{E(title)}</a>.</p>
            </main>
            </body>
            </html>

            """;
    }
}
