using System.CommandLine;
using HeartSite.Summary;

namespace HeartSite.Cli;

/// <summary>
/// <c>heartsite summary --base _base --output _site --log build.log</c>: writes a pull request's
/// preview summary (Markdown) to standard output, for <c>$GITHUB_STEP_SUMMARY</c>. Exit 0; 2 for bad usage.
/// </summary>
public static class SummaryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var baseSite = new Option<string>("--base") { Description = "the site built from the base branch", Required = true };
        var headSite = new Option<string>("--output") { Description = "the site built from the pull request", DefaultValueFactory = _ => "_site" };
        var log = new Option<string?>("--log") { Description = "the build's printed diagnostics, for the list of warnings" };
        var artifact = new Option<string>("--artifact") { Description = "the name the site was uploaded under", DefaultValueFactory = _ => "site-preview" };
        var runUrl = new Option<string?>("--run-url") { Description = "the address of the workflow run, where the artifact is" };
        var command = new Command("summary", "Summarise a pull request's build: pages added, changed and removed against the base branch, warnings, and how to preview.")
        {
            baseSite, headSite, log, artifact, runUrl,
        };
        command.SetAction(parse =>
        {
            output.Write(PreviewSummary.Write(new PreviewSummary.Options(
                Path.GetFullPath(parse.GetValue(baseSite)!), Path.GetFullPath(parse.GetValue(headSite)!),
                parse.GetValue(log), parse.GetValue(artifact)!, parse.GetValue(runUrl))));
            return ExitCodes.Success;
        });
        return command;
    }
}
