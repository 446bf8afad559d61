using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Templates;
using HeartSite.Site;

namespace HeartSite.Languages;

/// <summary>
/// Builds the site once per language of site.yml. A translation is built under its folder
/// (<c>/es/</c>) with that folder added to the base path and base URL, so every link a template or
/// a page writes already points into the language; <see cref="KeepTranslated"/> then sends links
/// to pages the language does not have back to the default language. Each page links to itself in
/// every language, so each build must know which pages the others have: every language is first
/// read and processed, each translation's pages are found from what that left, and only then is each
/// language laid out and written, the default first. A translation inherits most of its original, so a problem in an inherited
/// field would be reported once per language: a translation's build reports only what the default
/// language's did not.
/// </summary>
public sealed class LanguageBuilds(BuildSettings settings, SiteData site, IReadOnlyDictionary<string, LanguageStrings> strings, TemplateLibrary defaultLibrary)
{
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplateLibrary> _libraries = new(StringComparer.Ordinal);
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, SiteUrls> _urls = new(StringComparer.Ordinal);

    public SiteData Site => site;

    public BuildSettings Settings => settings;

    /// <summary>
    /// Builds every language into <paramref name="outputRoot"/>. A memo and the check before
    /// output (serve's incremental rebuild) apply to the default language's build; each translation
    /// is built whole, as it inherits from pages that may have changed.
    /// </summary>
    public IReadOnlyList<(SiteLanguage Language, EngineResult Result)> Run(string outputRoot, DiagnosticBag diagnostics, Engine.Incremental.BuildMemo? memo = null,
        Func<IReadOnlyDictionary<string, IReadOnlyList<Document>>, IEnumerable<Diagnostic>>? beforeOutput = null)
    {
        var pages = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        // serve: the saved page goes first, with the translations' pages as the last run found them.
        if (memo is not null && _pagesBefore.TryGetValue(memo, out var before)) EngineFor(site.DefaultLanguage, outputRoot, before, out var own).WriteSavedPages(own, memo);
        var results = RunAll(outputRoot, pages, diagnostics, memo, beforeOutput, findPages: true);
        if (diagnostics.HasErrors) return results;
        // The pages are found before the layout; should one ever disagree with what its language
        // really wrote, the site is built again knowing the real pages, so every link stays right.
        var written = results.Skip(1).ToDictionary(r => r.Language.Code, r => WrittenBy(r.Result), StringComparer.Ordinal);
        if (written.All(w => w.Value.SetEquals(pages[w.Key]))) return results;
        foreach (var (code, set) in written) pages[code] = set;
        return RunAll(outputRoot, pages, diagnostics, memo, beforeOutput, findPages: false);
    }

    /// <summary>
    /// Reads and processes every language, then, when <paramref name="findPages"/>, fills
    /// <paramref name="pages"/> with each translation's (<see cref="PagesOf"/>), then lays out and writes
    /// each language: only the layout reads <paramref name="pages"/> (the switcher, hreflang), so
    /// every document is read, rendered and processed once.
    /// </summary>
    List<(SiteLanguage Language, EngineResult Result)> RunAll(string outputRoot, Dictionary<string, IReadOnlySet<string>> pages, DiagnosticBag diagnostics,
        Engine.Incremental.BuildMemo? memo, Func<IReadOnlyDictionary<string, IReadOnlyList<Document>>, IEnumerable<Diagnostic>>? beforeOutput, bool findPages)
    {
        // Every language reads the same content files: the input folder is listed once for all of them.
        var listed = settings.ListingInput().InputFiles;
        var runs = site.Languages.Select(language =>
        {
            var engine = EngineFor(language, outputRoot, pages, out var own);
            own = own with { InputFiles = listed };
            // A terminal is told each phase once, by the default language's build.
            var run = language.IsDefault ? engine.Process(own, diagnostics, memo)
                : engine.Process(own with { Progress = null }, new DiagnosticBag(), MemoOf(memo, language, outputRoot));
            return (Language: language, Engine: engine, Run: run);
        }).ToList();
        if (findPages)
            foreach (var (language, _, run) in runs.Skip(1)) pages[language.Code] = PagesOf(language, outputRoot, pages, run);
        var results = new List<(SiteLanguage, EngineResult)> { (site.DefaultLanguage, runs[0].Engine.Finish(runs[0].Run, beforeOutput)) };
        if (memo is not null) _pagesBefore.AddOrUpdate(memo, pages);
        var reported = diagnostics.Sorted().Select(d => (d.Code, d.Message)).ToHashSet();
        foreach (var (language, engine, run) in runs.Skip(1))
        {
            results.Add((language, engine.Finish(run)));
            // A translation inherits most of its original: it reports only what the default language's build did not.
            foreach (var d in run.Diagnostics.Sorted().Where(d => !reported.Contains((d.Code, d.Message)))) diagnostics.Add(d);
        }
        return results;
    }

    static HashSet<string> WrittenBy(EngineResult result) =>
        result.Outputs.Values.SelectMany(docs => docs).Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The pages <paramref name="language"/>'s build writes, from its processed documents: its
    /// pipelines' last steps run over them without the layout and writing, which decide what a page
    /// says, not whether it exists. It is what <see cref="KeepTranslated"/> keeps.
    /// </summary>
    IReadOnlySet<string> PagesOf(SiteLanguage language, string outputRoot, IReadOnlyDictionary<string, IReadOnlySet<string>> pages, ProcessedRun run)
    {
        var (_, templates) = Prepare(language, outputRoot, pages);
        var pipelines = LanguagePipelines.For(SitePipelines.Create(templates), templates.Languages);
        foreach (var pipeline in pipelines)
        {
            pipeline.PostProcess.RemoveAll(m => m is ApplyLayout);
            pipeline.Output.Clear();
        }
        var laidOut = new Engine.Engine(pipelines).Finish(run with { Settings = run.Settings with { Progress = null }, Diagnostics = new DiagnosticBag(), Memo = null }).Outputs;
        return KeepTranslated.Written(laidOut, language);
    }

    /// <summary>
    /// A translation's own memo beside the default language's, so a rebuild writes only the files
    /// whose bytes changed. A translation inherits from files its memo does not see, so it is told
    /// that anything may have changed: it is rebuilt whole, and only its writing is incremental.
    /// </summary>
    Engine.Incremental.BuildMemo? MemoOf(Engine.Incremental.BuildMemo? memo, SiteLanguage language, string outputRoot)
    {
        if (memo is null) return null;
        var memos = _memos.GetOrCreateValue(memo);
        lock (memos)
        {
            if (!memos.TryGetValue(language.Code, out var own)) memos[language.Code] = own = new Engine.Incremental.BuildMemo();
            own.Changed(null);
            // What it wrote last is where this run writes (serve swaps the first build's folder in).
            own.Moved(Path.Combine(outputRoot, language.Folder));
            return own;
        }
    }

    readonly System.Runtime.CompilerServices.ConditionalWeakTable<Engine.Incremental.BuildMemo, Dictionary<string, Engine.Incremental.BuildMemo>> _memos = new();
    readonly System.Runtime.CompilerServices.ConditionalWeakTable<Engine.Incremental.BuildMemo, Dictionary<string, IReadOnlySet<string>>> _pagesBefore = new();

    /// <summary>The default language's settings and templates, for commands that render without the translations (<c>news export</c>).</summary>
    public (BuildSettings Settings, SiteTemplates Templates) Prepare(string outputRoot) =>
        Prepare(site.DefaultLanguage, outputRoot, new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal));

    /// <summary>The site data, templates and pipelines of one language, as the build of that language sees them.</summary>
    public (BuildSettings Settings, SiteTemplates Templates) Prepare(SiteLanguage language, string outputRoot, IReadOnlyDictionary<string, IReadOnlySet<string>> pages)
    {
        // One instance per language: a rebuild's memo compares settings, URLs included, by reference.
        var urls = _urls.GetOrAdd(language.Code, _ => LanguageSite.UrlsOf(site.Urls, language));
        var own = settings with { Urls = urls, OutputRoot = Path.Combine(outputRoot, language.Folder) };
        var words = strings[language.Code];
        // Made once per language, from the default's templates: the scratch build and the real one differ only in their output folder.
        var library = language.IsDefault ? defaultLibrary
            : _libraries.GetOrAdd(language.Code, _ => defaultLibrary.ForLanguage(own, words.Culture));
        var languages = new LanguageSite(language, site.Languages, strings, pages, site.Urls);
        return (own, new SiteTemplates(library, language.IsDefault ? site : Translate(site, words) with { Urls = urls }, languages));
    }

    Engine.Engine EngineFor(SiteLanguage language, string outputRoot, IReadOnlyDictionary<string, IReadOnlySet<string>> pages, out BuildSettings own)
    {
        (own, var templates) = Prepare(language, outputRoot, pages);
        return new Engine.Engine(LanguagePipelines.For(SitePipelines.Create(templates), templates.Languages));
    }

    /// <summary>site.yml as a translation sees it (its address is set by <see cref="Prepare"/>): its language, tagline, menu labels and crisis line name.</summary>
    public static SiteData Translate(SiteData site, LanguageStrings words) => site with
    {
        Language = words.Language.Lang,
        Tagline = words.Text("tagline"),
        Description = words.Text("site_description"),
        Navigation = [.. site.Navigation.Select(n => n with { Title = words.NavigationLabel(n.Url) ?? n.Title })],
        Crisis = site.Crisis with { Name = words.Text("crisis_name") },
        // site.yml's contact address names a heading of the default language's page (/about/#stay-in-touch),
        // which a translated page does not have: a language names its own, else it stays the default's, written whole.
        ContactUrl = words.Language.ContactUrl ?? site.Urls.Absolute(site.ContactUrl),
    };
}
