namespace HeartSite.Engine.Diagnostics;

/// <summary>
/// Writes diagnostics in MSBuild's canonical form, which editors and GitHub's problem matchers read:
/// <c>path(line,col): error HS0102: message — hint</c>. Messages carry values from content, so
/// every line is made safe to print with <see cref="ConsoleText"/> (no terminal escapes, no line
/// breaks, no leading <c>::</c>), and annotations are escaped as GitHub documents.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Canonical(Diagnostic d, string workingDirectory)
    {
        var severity = d.Severity == Severity.Error ? "error" : "warning";
        var text = d.Hint is null ? d.Message : $"{d.Message} — {d.Hint}";
        if (d.File is null) return ConsoleText.Line($"heartsite: {severity} {d.Code}: {text}");
        var location = d.Line > 0 ? $"({d.Line},{Math.Max(d.Column, 1)})" : "";
        return ConsoleText.Line($"{RelativePath(d.File, workingDirectory)}{location}: {severity} {d.Code}: {text}");
    }

    /// <summary>A GitHub Actions workflow command, so the problem shows on the pull request's diff.</summary>
    public static string GitHubAnnotation(Diagnostic d, string workingDirectory)
    {
        var command = d.Severity == Severity.Error ? "error" : "warning";
        var text = Escape(d.Hint is null ? $"{d.Code}: {d.Message}" : $"{d.Code}: {d.Message} — {d.Hint}");
        if (d.File is null) return $"::{command}::{text}";
        var file = EscapeProperty(RelativePath(d.File, workingDirectory));
        return d.Line > 0
            ? $"::{command} file={file},line={d.Line},col={Math.Max(d.Column, 1)}::{text}"
            : $"::{command} file={file}::{text}";
    }

    public static string RelativePath(string path, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, path).Replace('\\', '/');

    // Escaping rules of GitHub's workflow commands, after control characters are made visible
    // (so no value can end the command's line and start another).
    static string Escape(string s) => ConsoleText.Escape(s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A"));

    static string EscapeProperty(string s) => Escape(s).Replace(":", "%3A").Replace(",", "%2C");
}
