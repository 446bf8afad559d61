using HeartSite.Engine.Diagnostics;

namespace HeartSite.Cli;

/// <summary>Prints diagnostics in the canonical form, and as GitHub annotations when run by GitHub Actions.</summary>
public static class DiagnosticsWriter
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        var workingDirectory = Environment.CurrentDirectory;
        var github = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var d in diagnostics)
        {
            writer.WriteLine(DiagnosticFormatter.Canonical(d, workingDirectory));
            if (github) writer.WriteLine(DiagnosticFormatter.GitHubAnnotation(d, workingDirectory));
        }
    }
}
