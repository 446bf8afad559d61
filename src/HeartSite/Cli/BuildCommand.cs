using System.CommandLine;
using System.Diagnostics;
using HeartSite.Engine.Diagnostics;
using HeartSite.Site;

namespace HeartSite.Cli;

/// <summary><c>heartsite build</c>: builds the site; exit 0 built, 1 content errors, 2 bad usage.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new BuildOptions();
        var noCheck = new Option<bool>("--no-check") { Description = "skip the link and accessibility checks that run before the new site replaces the old" };
        var drafts = new Option<bool>("--drafts") { Description = "include files marked 'draft: true', for a preview; never for the published site" };
        var command = new Command("build", "Build the site from the content and theme folders, then check it.");
        options.AddTo(command);
        command.Options.Add(noCheck);
        command.Options.Add(drafts);
        command.SetAction(parse =>
        {
            // AngleSharp's one-time set-up (see CssInliner.WarmUp) starts at once, beside the checks
            // of the options and the output folder; the build waits for it after reading the theme.
            _ = Content.News.Email.CssInliner.WarmUp();
            var settings = options.Settings(parse, error);
            if (settings is null) return ExitCodes.Usage;
            // One line per phase, only for a person watching: piped or captured output stays as before.
            // HEARTSITE_TIMINGS=1 stamps each phase with the milliseconds since the process started, on stderr.
            var timings = Terminal.Timings(error);
            settings = settings with
            {
                IncludeDrafts = parse.GetValue(drafts),
                Progress = timings ?? (Terminal.IsInteractive(output) ? phase => output.WriteLine($"{phase}…") : null),
            };
            var clock = Stopwatch.StartNew();
            var outcome = SiteBuilder.Build(settings, check: !parse.GetValue(noCheck));
            DiagnosticsWriter.Write(outcome.Diagnostics, error);
            // Notes (a build without search) go with the diagnostics, so the output keeps its one 'Built' line.
            foreach (var note in outcome.Notes) error.WriteLine(note);
            var relativeOutput = DiagnosticFormatter.RelativePath(settings.OutputRoot, Environment.CurrentDirectory);
            if (!outcome.Succeeded)
            {
                var errors = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
                error.WriteLine($"Build failed with {errors} error(s); {relativeOutput}/ was left as it was.");
                return ExitCodes.ContentErrors;
            }
            timings?.Invoke("Done");
            output.WriteLine($"Built {outcome.FilesWritten} files into {relativeOutput}/ in {clock.ElapsedMilliseconds} ms.");
            return ExitCodes.Success;
        });
        return command;
    }
}
