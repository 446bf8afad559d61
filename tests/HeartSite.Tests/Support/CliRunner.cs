using HeartSite.Cli;

namespace HeartSite.Tests.Support;

/// <summary>Runs the command line in-process, capturing what it prints.</summary>
public static class CliRunner
{
    public const string Now = "2022-03-01T09:00:00-05:00";

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = HeartSiteCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
