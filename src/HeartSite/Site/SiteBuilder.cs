using HeartSite.Checks;
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

    /// <summary>site.yml's <c>reading_grade</c>, for the checks that run after the build.</summary>
    public double ReadingGrade { get; init; } = Checks.Reading.ReadingMeasure.DefaultGrade;

    /// <summary>site.yml's languages, for the reading checks of each language's pages.</summary>
    public IReadOnlyList<Languages.SiteLanguage> Languages { get; init; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// One whole build: reads site data and theme, runs every pipeline into a staging folder, and
/// swaps the staging folder in only when no error was reported.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds <paramref name="settings"/>' input into its output root (through staging). Unless
    /// <paramref name="check"/> is false, the link and accessibility checks then run over the staging
    /// folder, so a site that fails them never replaces the previous output.
    /// </summary>
    public static BuildOutcome Build(BuildSettings settings, bool check = true)
    {
        BuildOutcome? outcome = null;
        OutputFolder.BuildInto(settings.OutputRoot, staging =>
        {
            outcome = BuildInto(settings with { OutputRoot = staging });
            if (check && outcome.Succeeded)
            {
                settings.Progress?.Invoke("Checking links and accessibility");
                outcome = outcome with
                {
                    Diagnostics = [.. outcome.Diagnostics, .. SiteChecks.Run(new CheckRequest(staging, settings.BasePath, outcome.Sources, settings.OutputRoot, outcome.ReadingGrade) { Now = settings.Now, Languages = outcome.Languages })],
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
        var strings = site is null ? null : ThemeStrings.Load(settings.ThemeRoot, site.Languages, [.. site.Navigation.Select(n => n.Url)], diagnostics);
        var library = new TemplateLibrary(settings.ThemeRoot, settings, strings?.GetValueOrDefault(site!.DefaultLanguage.Code)?.Culture);
        foreach (var problem in library.Problems) diagnostics.Add(problem);
        if (site is null || strings is null || diagnostics.HasErrors) return new BuildOutcome(diagnostics.Sorted(), 0);

        settings = settings with { TimeZone = site.TimeZone };
        var builds = new LanguageBuilds(settings, site, strings, library);
        var results = builds.Run(diagnostics);
        var succeeded = !diagnostics.HasErrors;
        var written = succeeded ? results.Sum(r => r.Result.Outputs.Values.Sum(docs => docs.Count(d => d.Destination is not null))) : 0;
        var sources = results.SelectMany(r => r.Result.Outputs.Values.SelectMany(docs => docs)
                .Where(d => d.Destination is not null && d.Source is not null)
                .Select(d => (Destination: r.Language.Folder + d.Destination, d.Source)))
            .GroupBy(d => d.Destination, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Source!, StringComparer.Ordinal);
        return new BuildOutcome(diagnostics.Sorted().Distinct().ToList(), written)
        {
            Sources = sources, ReadingGrade = site.ReadingGrade, Languages = site.Languages,
        };
    }

    /// <summary>False, with an HS0204 error for each, when the content or theme folder holds a symbolic link.</summary>
    public static bool Confined(BuildSettings settings, DiagnosticBag diagnostics)
    {
        var links = SourceTree.Symlinks(settings.InputRoot).Concat(SourceTree.Symlinks(settings.ThemeRoot)).ToList();
        foreach (var link in links) diagnostics.Add(link);
        return links.Count == 0;
    }
}
