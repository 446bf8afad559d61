using System.CommandLine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Cli;

/// <summary>The command line: one subcommand per file in this folder.</summary>
public static class HeartSiteCli
{
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = new RootCommand("HeartSite builds the HEART Collective's website from Markdown and YAML.")
        {
            BuildCommand.Create(output, error),
            ServeCommand.Create(output, error),
            NewCommand.Create(output, error),
            CheckCommand.Create(output, error),
            NewsCommand.Create(output, error),
            SummaryCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine(ConsoleText.Line($"heartsite: error: {e.Message}"));
            error.WriteLine("Run 'heartsite --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug, not bad content: say so plainly, without a stack trace.
            error.WriteLine(ConsoleText.Line($"heartsite: internal error: {e.GetType().Name}: {e.Message}"));
            error.WriteLine("This is a HeartSite bug, not a content problem; please report it with this message.");
            return ExitCodes.InternalError;
        }
    }
}
