using HeartSite.Checks;
using HeartSite.Content.Search;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Safety;
using HeartSite.Engine.Templates;
using HeartSite.Languages;

namespace HeartSite.Site;

/// <summary>What a build produced: its diagnostics and how many files it wrote.</summary>
public sealed record BuildOutcome(IReadOnlyList<Diagnostic> Diagnostics, int FilesWritten)
{
    /// <summary>Each written file (relative to the output) → the absolute path of the source it was built from.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>Lines for the person running the build that are neither errors nor warnings, such as a build without search.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>site.yml's <c>reading_grade</c>, for the checks that run after the build.</summary>
    public double ReadingGrade { get; init; } = Checks.Reading.ReadingMeasure.DefaultGrade;

    /// <summary>site.yml's languages, for the reading checks of each language's pages.</summary>
    public IReadOnlyList<Languages.SiteLanguage> Languages { get; init; } = [];

    /// <summary>site.yml as the build read it (null when it could not), for the menu links' check.</summary>
    public SiteData? Site { get; init; }

    /// <summary>The path the site was built under (from its base URL), for the checks that run after the build.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>Every document the build produced, for callers that look further (serve's checks).</summary>
    public IReadOnlyList<Document> Documents { get; init; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// One whole build: reads site data and theme, runs every pipeline into a staging folder, and
/// swaps the staging folder in only when no error was reported.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds <paramref name="settings"/>' input into its output root (through staging), then
    /// indexes it for search. Unless <paramref name="check"/> is false, the link, accessibility and
    /// budget checks then run over the staging folder, search index included (the search page's
    /// budget counts it), so a site that fails them never replaces the previous output.
    /// </summary>
    public static BuildOutcome Build(BuildSettings settings, bool check = true)
    {
        BuildOutcome? outcome = null;
        OutputFolder.BuildInto(settings.OutputRoot, staging =>
        {
            outcome = BuildInto(settings with { OutputRoot = staging });
            if (outcome.Succeeded)
            {
                var search = new DiagnosticBag();
                string? note = null;
                var index = SearchIndex.Start(staging, settings, search, SearchIndex.FindLauncher(settings.InputRoot, Environment.CurrentDirectory), out var indexing);
                void Index() { note = index(); Timings.Mark("pagefind done"); }
                IReadOnlyList<Diagnostic>? findings = null;
                NavigationLinks.Result? navigation = null;
                if (check)
                {
                    settings.Progress?.Invoke("Checking links and accessibility");
                    navigation = NavigationLinks.Check(outcome.Site, staging);
                    var request = new CheckRequest(staging, outcome.BasePath, outcome.Sources, settings.OutputRoot, outcome.ReadingGrade)
                    {
                        Now = settings.Now,
                        ReportedLinks = navigation.Reported,
                        Languages = outcome.Languages,
                        Texts = SiteChecks.TextsOf(outcome.Documents),
                    };
                    // Pagefind (a process of its own) indexes while the checks parse and judge the pages; the
                    // pages that refer to its files are judged once they are in (the search page's budget counts them).
                    // Its failure is the build's error, and then the checks have nothing to say.
                    findings = SiteChecks.RunAlongside(request, Index, indexing, SearchIndex.BundleFolder, () => !search.HasErrors);
                    Timings.Mark("checks done");
                }
                else Index();
                outcome = outcome with { Diagnostics = [.. outcome.Diagnostics, .. search.Sorted()], Notes = note is null ? [] : [note] };
                if (findings is not null && outcome.Succeeded)
                    outcome = outcome with { Diagnostics = [.. outcome.Diagnostics, .. navigation!.Diagnostics, .. findings] };
            }
            return outcome.Succeeded;
        });
        return outcome!;
    }

    /// <summary>Builds straight into <paramref name="settings"/>' output root, with no staging.</summary>
    public static BuildOutcome BuildInto(BuildSettings settings)
    {
        var diagnostics = new DiagnosticBag();
        var prepared = Prepare(ref settings, diagnostics);
        return prepared is null
            ? new BuildOutcome(diagnostics.Sorted(), 0) { BasePath = settings.Urls.BasePath }
            : prepared.Run(settings.OutputRoot, diagnostics);
    }

    /// <summary>
    /// Reads site data and theme and wires the pipelines, ready to run; null (with the errors
    /// reported) when they cannot be read. <c>serve</c> keeps one to rebuild incrementally.
    /// </summary>
    public static PreparedSite? Prepare(ref BuildSettings settings, DiagnosticBag diagnostics)
    {
        Timings.Mark("prepare");
        // AngleSharp's one-time set-up runs beside the reading of site data and theme (see CssInliner.WarmUp).
        var warmUp = Content.News.Email.CssInliner.WarmUp();
        var languages = PrepareLanguages(ref settings, diagnostics);
        Timings.Mark("site data and theme read");
        warmUp.GetAwaiter().GetResult();
        Timings.Mark("prepared");
        return languages is null ? null : new PreparedSite(settings, languages);
    }

    /// <summary>
    /// What every command that renders starts with (<c>build</c>, <c>serve</c>, <c>news export</c>):
    /// checks the folders are confined, reads site.yml, fixes the build's URLs from <c>--base-url</c>
    /// or site.yml's <c>base_url</c>, and parses the theme. Null after reporting why it cannot go on.
    /// </summary>
    public static SiteTemplates? PrepareTemplates(ref BuildSettings settings, DiagnosticBag diagnostics) =>
        PrepareLanguages(ref settings, diagnostics)?.Prepare(settings.OutputRoot).Templates;

    /// <summary>What <see cref="PrepareTemplates"/> reads, for every language of site.yml: its theme strings and the default language's templates.</summary>
    static LanguageBuilds? PrepareLanguages(ref BuildSettings settings, DiagnosticBag diagnostics)
    {
        // --base-url decides the address even when site.yml cannot be read, so serve stays under it.
        if (settings.BaseUrl is { } baseUrl) settings = settings with { Urls = new SiteUrls(baseUrl) };
        if (!Confined(settings, diagnostics)) return null;
        var site = SiteData.Load(settings.InputRoot, diagnostics);
        if (site is null) return null;
        var urls = settings.BaseUrl is null ? site.Urls : settings.Urls;
        site = site with { Urls = urls };
        settings = settings with { Urls = urls, MaxFileBytes = site.MaxFileBytes, TimeZone = site.TimeZone };
        var strings = ThemeStrings.Load(settings.ThemeRoot, site.Languages, [.. site.Navigation.Select(n => n.Url)], diagnostics);
        var library = new TemplateLibrary(settings.ThemeRoot, settings, strings?.GetValueOrDefault(site.DefaultLanguage.Code)?.Culture);
        foreach (var problem in library.Problems) diagnostics.Add(problem);
        return diagnostics.HasErrors || strings is null ? null : new LanguageBuilds(settings, site, strings, library);
    }

    /// <summary>False, with an HS0204 error for each, when the content or theme folder holds a symbolic link.</summary>
    public static bool Confined(BuildSettings settings, DiagnosticBag diagnostics)
    {
        var links = SourceTree.Symlinks(settings.InputRoot).Concat(SourceTree.Symlinks(settings.ThemeRoot)).ToList();
        foreach (var link in links) diagnostics.Add(link);
        return links.Count == 0;
    }
}

/// <summary>A site whose data and theme are read and whose pipelines are wired: runs as often as asked.</summary>
public sealed record PreparedSite(BuildSettings Settings, LanguageBuilds Languages)
{
    public SiteData Site => Languages.Site;

    /// <summary>Runs every pipeline of every language into <paramref name="outputRoot"/>; with a memo, as a rebuild of the memo's last run.</summary>
    public BuildOutcome Run(string outputRoot, DiagnosticBag diagnostics, Engine.Incremental.BuildMemo? memo = null,
        Func<IReadOnlyDictionary<string, IReadOnlyList<Document>>, IEnumerable<Diagnostic>>? beforeOutput = null)
    {
        var results = Languages.Run(outputRoot, diagnostics, memo, beforeOutput);
        var succeeded = !diagnostics.HasErrors;
        var written = succeeded ? results.Sum(r => r.Result.Outputs.Values.Sum(docs => docs.Count(d => d.Destination is not null))) : 0;
        // Every language's documents, each named by its place in the output (es/about/index.html).
        var documents = results.SelectMany(r => r.Result.Outputs.Values.SelectMany(d => d)
            .Select(d => r.Language.IsDefault || d.Destination is null ? d : d with { Destination = r.Language.Folder + d.Destination })).ToList();
        var sources = SourcesOf(documents);
        return new BuildOutcome(diagnostics.Sorted().Distinct().ToList(), written)
        {
            Sources = sources, ReadingGrade = Site.ReadingGrade, Languages = Site.Languages,
            Documents = documents, BasePath = Settings.Urls.BasePath, Site = Site,
        };
    }

    /// <summary>Each written file (relative to the output) → the absolute path of the source it was built from.</summary>
    public static Dictionary<string, string> SourcesOf(IEnumerable<Document> documents) => documents
        .Where(d => d.Destination is not null && d.Source is not null)
        .GroupBy(d => d.Destination!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Source!, StringComparer.Ordinal);
}
