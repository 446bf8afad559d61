using System.CommandLine;
using System.Text.RegularExpressions;
using HeartSite.Content;
using HeartSite.Content.News;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Cli;

/// <summary>
/// <c>heartsite news export &lt;yyyy-mm&gt; [--out DIR]</c> writes one issue's email editions without
/// building the site; <c>heartsite news new</c> scaffolds the next issue and never overwrites.
/// Exit codes: 0 done, 1 content problem (unknown issue, file exists), 2 bad usage.
/// </summary>
public static partial class NewsCommand
{
    // \z, not $: '$' also matches before a final line break, which would take "2022-03\n" as a month.
    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])\z")]
    private static partial Regex IssueId();

    public static Command Create(TextWriter output, TextWriter error) =>
        new("news", "Work with Compassion Action News issues.") { Export(output, error), New(output, error) };

    static Command Export(TextWriter output, TextWriter error)
    {
        var options = new BuildOptions();
        var issue = new Argument<string>("issue") { Description = "the issue to export, by year and month: 2022-03" };
        var outFolder = new Option<string>("--out") { Description = "the folder to write the two files into", DefaultValueFactory = _ => "." };
        var command = new Command("export", "Write one issue's email editions (HTML and plain text) without building the site.")
        {
            issue, outFolder,
        };
        options.AddSourceOptionsTo(command);
        command.SetAction(parse =>
        {
            var id = parse.GetValue(issue)!;
            if (!IssueId().IsMatch(id))
            {
                error.WriteLine(ConsoleText.Line($"heartsite: error: '{id}' is not an issue id; give its year and month, like 2022-03"));
                return ExitCodes.Usage;
            }
            if (File.Exists(parse.GetValue(outFolder)))
            {
                error.WriteLine(ConsoleText.Line($"heartsite: error HS0808: --out '{parse.GetValue(outFolder)}' is a file; give the folder to write the two files into"));
                return ExitCodes.Usage;
            }
            var settings = options.Settings(parse, error, Path.GetFullPath(parse.GetValue(outFolder)!));
            if (settings is null) return ExitCodes.Usage;
            var exported = NewsExport.Export(settings, id);
            DiagnosticsWriter.Write(exported.Diagnostics, error);
            if (!exported.Succeeded)
            {
                error.WriteLine($"Issue {id} was not exported.");
                return ExitCodes.ContentErrors;
            }
            Directory.CreateDirectory(settings.OutputRoot);
            foreach (var (extension, content) in new[] { ("html", exported.Html!), ("txt", exported.Text!) })
            {
                var path = Path.Combine(settings.OutputRoot, $"compassion-action-news-{id}.{extension}");
                File.WriteAllText(path, content);
                output.WriteLine($"Wrote {DiagnosticFormatter.RelativePath(path, Environment.CurrentDirectory)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    static Command New(TextWriter output, TextWriter error)
    {
        var options = new BuildOptions();
        var title = new Option<string>("--title") { Description = "the new issue's headline", DefaultValueFactory = _ => "Headline of this issue" };
        var command = new Command("new", "Start the next issue: the next number, two months after the newest issue, no articles yet.")
        {
            title, options.Input, options.Now,
        };
        command.SetAction(parse =>
        {
            var input = Path.GetFullPath(parse.GetValue(options.Input)!);
            if (!Directory.Exists(input))
            {
                error.WriteLine($"heartsite: error: --input folder '{input}' does not exist");
                return ExitCodes.Usage;
            }
            var scaffold = NewsScaffolds.Issue.Scaffold(new ScaffoldRequest(parse.GetValue(title)!, parse.GetValue(options.Now) ?? DateTimeOffset.Now, input));
            var path = Path.Combine(input, scaffold.RelativePath);
            if (NewCommand.Outside(input, path, error)) return ExitCodes.ContentErrors;
            if (File.Exists(path))
            {
                DiagnosticsWriter.Write([new Diagnostic(Severity.Error, "HS0521", $"{scaffold.RelativePath} already exists; it was left as it is",
                    "the next issue is already started: edit that file, or add its articles and publish it first", path)], error);
                return ExitCodes.ContentErrors;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, scaffold.Text);
            var shown = DiagnosticFormatter.RelativePath(path, Environment.CurrentDirectory);
            output.WriteLine($"Created {shown}");
            NewCommand.WriteNextSteps(shown, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
