using HeartSite.Checks;
using HeartSite.Content.Search;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Safety;
using HeartSite.Engine.Templates;

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
                var note = SearchIndex.Build(staging, settings, search);
                outcome = outcome with { Diagnostics = [.. outcome.Diagnostics, .. search.Sorted()], Notes = note is null ? [] : [note] };
            }
            if (check && outcome.Succeeded)
            {
                settings.Progress?.Invoke("Checking links and accessibility");
                outcome = outcome with
                {
                    Diagnostics = [.. outcome.Diagnostics, .. SiteChecks.Run(new CheckRequest(staging, settings.BasePath, outcome.Sources, settings.OutputRoot, outcome.ReadingGrade) { Now = settings.Now })],
                };
            }
            return outcome.Succeeded;
        });
        return outcome!;
    }

    /// <summary>Builds straight into <paramref name="settings"/>' output root, with no staging.</summary>
    public static BuildOutcome BuildInto(BuildSettings settings)
    {
        var diagnostics = new DiagnosticBag();
        if (!Confined(settings, diagnostics)) return new BuildOutcome(diagnostics.Sorted(), 0);
        var site = SiteData.Load(settings.InputRoot, diagnostics);
        if (site is not null && settings.BaseUrl is { } baseUrl) site = site with { BaseUrl = baseUrl };
        if (site is not null) settings = settings with { MaxFileBytes = site.MaxFileBytes };
        var library = new TemplateLibrary(settings.ThemeRoot, settings);
        foreach (var problem in library.Problems) diagnostics.Add(problem);
        if (site is null || diagnostics.HasErrors) return new BuildOutcome(diagnostics.Sorted(), 0);

        settings = settings with { TimeZone = site.TimeZone };
        var result = new Engine.Engine(SitePipelines.Create(new SiteTemplates(library, site))).Run(settings, diagnostics);
        var written = result.Succeeded ? result.Outputs.Values.Sum(docs => docs.Count(d => d.Destination is not null)) : 0;
        var sources = result.Outputs.Values.SelectMany(docs => docs)
            .Where(d => d.Destination is not null && d.Source is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Source!, StringComparer.Ordinal);
        return new BuildOutcome(result.Diagnostics, written) { Sources = sources, ReadingGrade = site.ReadingGrade };
    }

    /// <summary>False, with an HS0204 error for each, when the content or theme folder holds a symbolic link.</summary>
    public static bool Confined(BuildSettings settings, DiagnosticBag diagnostics)
    {
        var links = SourceTree.Symlinks(settings.InputRoot).Concat(SourceTree.Symlinks(settings.ThemeRoot)).ToList();
        foreach (var link in links) diagnostics.Add(link);
        return links.Count == 0;
    }
}
