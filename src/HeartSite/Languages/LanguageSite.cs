using HeartSite.Engine;
using HeartSite.Engine.Modules;

namespace HeartSite.Languages;

/// <summary>
/// What one language's build knows of all the languages: which language it is, each language's
/// theme strings, and which pages each translation has (<see cref="Pages"/>, destinations relative
/// to that language's folder), so every page can link to itself in each language: the switcher
/// and <c>&lt;link rel="alternate" hreflang&gt;</c>. <see cref="Root"/> is the site's own URLs, without any language folder.
/// </summary>
public sealed record LanguageSite(SiteLanguage Current, IReadOnlyList<SiteLanguage> All,
    IReadOnlyDictionary<string, LanguageStrings> Strings, IReadOnlyDictionary<string, IReadOnlySet<string>> Pages,
    SiteUrls Root)
{
    /// <summary>The URLs of <paramref name="language"/>'s build: the site's, under the language's folder (<c>/es/</c>).</summary>
    public static SiteUrls UrlsOf(SiteUrls root, SiteLanguage language) =>
        language.IsDefault ? root : new SiteUrls(root.Absolute(language.PathOf("/")));

    public string RootBasePath => Root.BasePath;

    public LanguageStrings CurrentStrings => Strings[Current.Code];

    /// <summary>Whether the page at <paramref name="destination"/> exists in <paramref name="language"/>: every translated page has its original.</summary>
    public bool Exists(SiteLanguage language, string destination) =>
        language == Current || language.IsDefault || (Pages.TryGetValue(language.Code, out var pages) && pages.Contains(destination));

    /// <summary>The switcher's entries: each language, the same page in it when it exists, else its home page and a note saying so.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Switcher(string? destination) => All.Select(language =>
    {
        var exists = destination is not null && Exists(language, destination);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = language.Code,
            ["name"] = language.Name,
            ["lang"] = language.Lang,
            ["current"] = language == Current,
            ["exists"] = exists,
            ["href"] = Root.Relative(language.PathOf(exists ? SetDestination.UrlOf(destination!) : "/")),
            ["missing"] = Strings[language.Code].Text("not_translated"),
            ["missing_short"] = Strings[language.Code].Text("not_translated_short"),
            ["home"] = Root.Relative(language.PathOf("/")),
            ["home_line"] = Strings[language.Code].Text("language_home"),
        };
    }).ToList();

    /// <summary>The page's <c>hreflang</c> alternates (absolute addresses): each language it exists in, then <c>x-default</c>, the default language's.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Alternates(string? destination)
    {
        if (destination is null || All.Count < 2) return [];
        var url = SetDestination.UrlOf(destination);
        return All.Where(l => Exists(l, destination))
            .Select(l => (Lang: l.Lang, Href: Root.Absolute(l.PathOf(url))))
            .Append((Lang: "x-default", Href: Root.Absolute(All[0].PathOf(url))))
            .Select(a => new Dictionary<string, object?>(StringComparer.Ordinal) { ["hreflang"] = a.Lang, ["href"] = a.Href })
            .ToList();
    }
}
