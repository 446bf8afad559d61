using HeartSite.Engine;
using HeartSite.Languages;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Templates;

namespace HeartSite.Site;

/// <summary>
/// The theme's templates plus what every page's template sees besides the page itself:
/// <c>site</c> (site.yml), <c>nav</c> (navigation with the current item marked), <c>headings</c>
/// (the page's h2 headings, for "On this page"), <c>share</c> (canonical address and link preview),
/// and the page's language: <c>strings</c> (the theme's words in it), <c>language</c>,
/// <c>languages</c> (the switcher) and <c>alternates</c> (hreflang).
/// </summary>
public sealed class SiteTemplates(TemplateLibrary library, SiteData site, LanguageSite languages)
{
    public TemplateLibrary Library { get; } = library;
    public SiteData Site { get; } = site;
    public LanguageSite Languages { get; } = languages;
    // Pictures are the site's own files, at its root in every language.
    readonly LinkPreviews _previews = new(site, languages.Root);

    /// <summary>A layout module whose model adds the site-wide values and, optionally, more of the caller's.</summary>
    public ApplyLayout Layout(string defaultLayout,
        Func<Document, PipelineContext, IEnumerable<KeyValuePair<string, object?>>>? extra = null) =>
        new(Library, defaultLayout, (document, context) =>
        {
            var model = SiteModel(document, context);
            if (extra is not null)
                foreach (var (key, value) in extra(document, context)) model[key] = value;
            return model;
        });

    /// <summary>The values every layout sees, for a document about to be rendered.</summary>
    public Dictionary<string, object?> SiteModel(Document document, PipelineContext context)
    {
        var url = document.Destination is null ? "" : SetDestination.UrlOf(document.Destination);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = Site,
            // Only pages written by an editor, and only when site.yml names the repository.
            ["editUrl"] = document.RelativeSource?.EndsWith(".md", StringComparison.Ordinal) == true
                ? Site.EditUrl(document.GetString(SelectLanguage.TranslationSourceKey) ?? document.RelativeSource) : null,
            ["strings"] = Languages.CurrentStrings.Values,
            ["language"] = Languages.Current,
            ["languages"] = Languages.Switcher(document.Destination),
            ["alternates"] = Languages.Alternates(document.Destination),
            ["nav"] = Site.Navigation.Select(item => new Dictionary<string, object?>
            {
                ["title"] = item.Title,
                ["url"] = item.Url,
                ["current"] = IsCurrent(item.Url, url),
            }).ToList(),
            ["headings"] = PageHeadings.Of(document.Content),
            ["share"] = _previews.For(document, url, context),
        };
    }

    // The home item is current only on the home page; others for their whole section.
    static bool IsCurrent(string navUrl, string pageUrl) =>
        navUrl == "/" ? pageUrl == "/" : pageUrl.StartsWith(navUrl, StringComparison.Ordinal);
}
