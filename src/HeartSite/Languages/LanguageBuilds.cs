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
/// are small, are first built into a scratch folder to find out, then built for real, and the
/// default language last.
/// </summary>
public sealed class LanguageBuilds(BuildSettings settings, SiteData site, IReadOnlyDictionary<string, LanguageStrings> strings, TemplateLibrary defaultLibrary)
{
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
                    pages[language.Code] = Run(language, scratch.FullName, pages, new DiagnosticBag()).Outputs.Values
                        .SelectMany(docs => docs).Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        }
        return [.. translations.Select(l => (l, Run(l, settings.OutputRoot, pages, diagnostics))),
            (site.DefaultLanguage, Run(site.DefaultLanguage, settings.OutputRoot, pages, diagnostics))];
    }

    /// <summary>The site data, templates and pipelines of one language, as the build of that language sees them.</summary>
    public (BuildSettings Settings, SiteTemplates Templates) Prepare(SiteLanguage language, string outputRoot, IReadOnlyDictionary<string, IReadOnlySet<string>> pages)
    {
        var own = settings with { BasePath = settings.BasePath + language.Folder, OutputRoot = Path.Combine(outputRoot, language.Folder) };
        var words = strings[language.Code];
        var library = language.IsDefault ? defaultLibrary : new TemplateLibrary(settings.ThemeRoot, own, words.Culture);
        var languages = new LanguageSite(language, site.Languages, strings, pages, settings.BasePath, site.BaseUrl);
        return (own, new SiteTemplates(library, language.IsDefault ? site : Translate(site, words), languages));
    }

    EngineResult Run(SiteLanguage language, string outputRoot, IReadOnlyDictionary<string, IReadOnlySet<string>> pages, DiagnosticBag diagnostics)
    {
        var (own, templates) = Prepare(language, outputRoot, pages);
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
