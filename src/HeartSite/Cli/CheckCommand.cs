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
        var options = new BuildOptions();
        var now = options.Now;
        var input = new Option<string>("--input") { Description = "the content folder whose data/site.yml sets reading_grade, languages and base_url (default grade 8 and path / without it)", DefaultValueFactory = _ => "input" };
        var report = new Option<string?>("--report") { Description = "also print a report: 'reading' lists every page's reading grade, worst first; 'translations' lists, per language, what is not translated and which translations are stale" };
        report.AcceptOnlyFromAmong("reading", "translations");
        var command = new Command("check", "Check a built site: links, fragments, accessibility basics, external resources, the page budget, reading level and review dates.")
        {
            folder, options.BaseUrl, options.BasePath, input, report, now,
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
            if (!options.TryBaseUrl(parse, error, out var baseUrl)) return ExitCodes.Usage;
            var site = SiteOf(parse.GetValue(input)!, error, out var broken);
            if (broken) return ExitCodes.ContentErrors;
            // The same address the build took: --base-url, else site.yml's base_url.
            var urls = baseUrl is not null ? new SiteUrls(baseUrl) : site?.Urls ?? SiteUrls.Root;
            var navigation = NavigationLinks.Check(site is null ? null : site with { Urls = urls }, root);
            var request = new CheckRequest(root, urls.BasePath, ReadingGrade: site?.ReadingGrade ?? ReadingMeasure.DefaultGrade)
            {
                Now = parse.GetValue(now) ?? DateTimeOffset.Now,
                ReportedLinks = navigation.Reported,
                Languages = site?.Languages ?? [],
            };
            var built = SiteChecks.Load(request);
            if (parse.GetValue(report) == "reading") ReadingReport.Write(built, output);
            if (parse.GetValue(report) == "translations" && site is not null) Languages.TranslationReport.Write(parse.GetValue(input)!, site.Languages, output);
            var pages = built.Pages.Count;
            IReadOnlyList<Diagnostic> diagnostics = [.. navigation.Diagnostics, .. SiteChecks.Run(built, root)];
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

    /// <summary>The content folder's site.yml (its reading_grade, languages and base_url), null without one; <paramref name="broken"/> after reporting a broken one.</summary>
    static SiteData? SiteOf(string input, TextWriter error, out bool broken)
    {
        broken = false;
        if (!File.Exists(Path.Combine(input, SiteData.RelativePath))) return null;
        var diagnostics = new DiagnosticBag();
        var site = SiteData.Load(input, diagnostics);
        DiagnosticsWriter.Write(diagnostics.Sorted(), error);
        broken = site is null;
        return site;
    }
}
