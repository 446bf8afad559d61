using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Templates;

namespace HeartSite.Site;

/// <summary>What a build produced: its diagnostics and how many files it wrote.</summary>
public sealed record BuildOutcome(IReadOnlyList<Diagnostic> Diagnostics, int FilesWritten)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// One whole build: reads site data and theme, runs every pipeline into a staging folder, and
/// swaps the staging folder in only when no error was reported.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds <paramref name="settings"/>' input into its output root (through staging).</summary>
    public static BuildOutcome Build(BuildSettings settings)
    {
        BuildOutcome? outcome = null;
        OutputFolder.BuildInto(settings.OutputRoot, staging =>
        {
            outcome = BuildInto(settings with { OutputRoot = staging });
            return outcome.Succeeded;
        });
        return outcome!;
    }

    /// <summary>Builds straight into <paramref name="settings"/>' output root, with no staging.</summary>
    public static BuildOutcome BuildInto(BuildSettings settings)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteData.Load(settings.InputRoot, diagnostics);
        if (site is not null && settings.BaseUrl is { } baseUrl) site = site with { BaseUrl = baseUrl };
        var library = new TemplateLibrary(settings.ThemeRoot, settings);
        foreach (var problem in library.Problems) diagnostics.Add(problem);
        if (site is null || diagnostics.HasErrors) return new BuildOutcome(diagnostics.Sorted(), 0);

        var result = new Engine.Engine(SitePipelines.Create(new SiteTemplates(library, site))).Run(settings, diagnostics);
        var written = result.Succeeded ? result.Outputs.Values.Sum(docs => docs.Count(d => d.Destination is not null)) : 0;
        return new BuildOutcome(result.Diagnostics, written);
    }
}
