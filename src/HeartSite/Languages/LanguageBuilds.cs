using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Templates;
using HeartSite.Site;

namespace HeartSite.Languages;

/// <summary>
/// Builds the site once per language of site.yml. A translation is built under its folder
/// (<c>/es/</c>) with that folder added to the base path and base URL, so every link a template or
/// a page writes already points into the language; <see cref="KeepTranslated"/> then sends links
/// to pages the language does not have back to the default language. Each page links to itself in
/// every language, so each build must know which pages the others have: the translations, which
/// are small, are first built into a scratch folder to find out; then the default language is built,
/// then each translation. A translation inherits most of its original, so a problem in an inherited
/// field would be reported once per language: a translation's build reports only what the default
/// language's did not.
/// </summary>
public sealed class LanguageBuilds(BuildSettings settings, SiteData site, IReadOnlyDictionary<string, LanguageStrings> strings, TemplateLibrary defaultLibrary)
{
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplateLibrary> _libraries = new(StringComparer.Ordinal);

    public IReadOnlyList<(SiteLanguage Language, EngineResult Result)> Run(DiagnosticBag diagnostics)
    {
        var pages = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var translations = site.Languages.Where(l => !l.IsDefault).ToList();
        if (translations.Count > 0)
        {
            var scratch = Directory.CreateTempSubdirectory("heartsite-languages-");
            try
            {
                foreach (var language in translations)
                    pages[language.Code] = Run(language, scratch.FullName, pages, new DiagnosticBag(), quiet: true).Outputs.Values
                        .SelectMany(docs => docs).Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        }
        var results = new List<(SiteLanguage, EngineResult)> { (site.DefaultLanguage, Run(site.DefaultLanguage, settings.OutputRoot, pages, diagnostics)) };
        var reported = diagnostics.Sorted().Select(d => (d.Code, d.Message)).ToHashSet();
        foreach (var language in translations)
        {
            var own = new DiagnosticBag();
            results.Add((language, Run(language, settings.OutputRoot, pages, own, quiet: true)));
            foreach (var d in own.Sorted().Where(d => !reported.Contains((d.Code, d.Message)))) diagnostics.Add(d);
        }
        return results;
    }

    /// <summary>The site data, templates and pipelines of one language, as the build of that language sees them.</summary>
    public (BuildSettings Settings, SiteTemplates Templates) Prepare(SiteLanguage language, string outputRoot, IReadOnlyDictionary<string, IReadOnlySet<string>> pages)
    {
        var own = settings with { BasePath = settings.BasePath + language.Folder, OutputRoot = Path.Combine(outputRoot, language.Folder) };
        var words = strings[language.Code];
        // Parsed once per language: the scratch build and the real one differ only in their output folder.
        var library = language.IsDefault ? defaultLibrary
            : _libraries.GetOrAdd(language.Code, _ => new TemplateLibrary(settings.ThemeRoot, own, words.Culture));
        var languages = new LanguageSite(language, site.Languages, strings, pages, settings.BasePath, site.BaseUrl);
        return (own, new SiteTemplates(library, language.IsDefault ? site : Translate(site, words), languages));
    }

    EngineResult Run(SiteLanguage language, string outputRoot, IReadOnlyDictionary<string, IReadOnlySet<string>> pages, DiagnosticBag diagnostics, bool quiet = false)
    {
        var (own, templates) = Prepare(language, outputRoot, pages);
        // A terminal is told each phase once, by the default language's build.
        if (quiet) own = own with { Progress = null };
        return new Engine.Engine(LanguagePipelines.For(SitePipelines.Create(templates), templates.Languages)).Run(own, diagnostics);
    }

    /// <summary>site.yml as a translation sees it: its own address, language, tagline, menu labels and crisis line name.</summary>
    public static SiteData Translate(SiteData site, LanguageStrings words) => site with
    {
        BaseUrl = site.BaseUrl.TrimEnd('/') + "/" + words.Language.Folder,
        Language = words.Language.Lang,
        Tagline = words.Text("tagline"),
        Description = words.Text("site_description"),
        Navigation = [.. site.Navigation.Select(n => n with { Title = words.NavigationLabel(n.Url) ?? n.Title })],
        Crisis = site.Crisis with { Name = words.Text("crisis_name") },
    };
}
