using System.CommandLine;
using HeartSite.Checks;
using HeartSite.Checks.Reading;
using HeartSite.Site;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Cli;

/// <summary>
/// <c>heartsite check</c>: runs the link and accessibility checks over a built site folder; exit 0
/// when no check reports an error (warnings are printed but pass), 1 otherwise, 2 bad usage.
/// <c>build</c> runs the same checks before it swaps the new site in, and there knows which
/// Markdown file each page came from; here problems are reported at the generated pages.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Option<string>("--output") { Description = "the built site to check", DefaultValueFactory = _ => "_site" };
        var basePath = new Option<string>("--base-path") { Description = "the path the site was built for, e.g. /heart-site/", DefaultValueFactory = _ => "/" };
        var now = new BuildOptions().Now;
        var input = new Option<string>("--input") { Description = "the content folder whose data/site.yml sets reading_grade (default grade 8 without it)", DefaultValueFactory = _ => "input" };
        var report = new Option<string?>("--report") { Description = "also print a report: 'reading' lists every page's reading grade, worst first; 'translations' lists, per language, what is not translated and which translations are stale" };
        report.AcceptOnlyFromAmong("reading", "translations");
        var command = new Command("check", "Check a built site: links, fragments, accessibility basics, external resources, the page budget, reading level and review dates.")
        {
            folder, basePath, input, report, now,
        };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!);
            var relative = DiagnosticFormatter.RelativePath(root, Environment.CurrentDirectory);
            if (!Directory.Exists(root))
            {
                error.WriteLine($"heartsite: error: --output folder '{root}' does not exist; run 'heartsite build' first");
                return ExitCodes.Usage;
            }
            var settings = SiteOf(parse.GetValue(input)!, error);
            if (settings is null) return ExitCodes.ContentErrors;
            var request = new CheckRequest(root, BuildSettings.NormaliseBasePath(parse.GetValue(basePath)!), ReadingGrade: settings.ReadingGrade)
            {
                Now = parse.GetValue(now) ?? DateTimeOffset.Now,
                Languages = settings.Languages,
            };
            var site = SiteChecks.Load(request);
            if (parse.GetValue(report) == "reading") ReadingReport.Write(site, output);
            if (parse.GetValue(report) == "translations") Languages.TranslationReport.Write(parse.GetValue(input)!, settings.Languages, output);
            var pages = site.Pages.Count;
            var diagnostics = SiteChecks.Run(site, root);
            DiagnosticsWriter.Write(diagnostics, error);
            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = diagnostics.Count - errors;
            if (errors > 0)
            {
                error.WriteLine($"Check failed: {errors} error(s), {warnings} warning(s) in {pages} pages of {relative}/.");
                return ExitCodes.ContentErrors;
            }
            output.WriteLine($"Checked {pages} pages of {relative}/: no errors, {warnings} warning(s).");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What the checks read from site.yml (reading_grade, languages) when the content folder has one, else the defaults; null after reporting a broken site.yml.</summary>
    static SiteData? SiteOf(string input, TextWriter error)
    {
        if (!File.Exists(Path.Combine(input, SiteData.RelativePath)))
            return new SiteData("", "", "", "https://example.invalid/", "en", "UTC", "https://example.invalid/", [], new CrisisLine("", "", "", ""));
        var diagnostics = new DiagnosticBag();
        var site = SiteData.Load(input, diagnostics);
        DiagnosticsWriter.Write(diagnostics.Sorted(), error);
        return site;
    }
}
