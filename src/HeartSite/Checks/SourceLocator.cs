using System.Collections.Concurrent;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Checks;

/// <summary>
/// Turns a finding into a diagnostic at the best place an editor can act on: the line of the
/// Markdown source that holds the offending text, when the element came from the page's content;
/// otherwise the element's line in the generated page (the problem is then in the theme).
/// </summary>
public sealed class SourceLocator
{
    readonly ConcurrentDictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    public Diagnostic Place(Finding finding, CheckedPage page, string reportRoot)
    {
        if (finding.File is not null)
            return new Diagnostic(finding.Severity, finding.Code, finding.Message, finding.Hint, Path.Combine(reportRoot, finding.File));
        if (page.Source is not null && FromContent(finding) && LineOf(page.Source, finding.Needle) is { } line)
            return new Diagnostic(finding.Severity, finding.Code, finding.Message, finding.Hint, page.Source, line.Line, line.Column);
        var generated = Path.Combine(reportRoot, page.RelativePath);
        if (finding.Element is not null && CheckedPage.PositionOf(finding.Element) is var (l, c) && l > 0)
            return new Diagnostic(finding.Severity, finding.Code, finding.Message, finding.Hint, generated, l, c);
        // A whole-page problem (title, budget) belongs to the file the page was built from, if any.
        return new Diagnostic(finding.Severity, finding.Code, finding.Message, finding.Hint, page.Source ?? generated);
    }

    /// <summary>Only what sits in <c>main</c> can have come from Markdown; the header, navigation and footer are the theme's.</summary>
    static bool FromContent(Finding finding) =>
        finding.Needle is { Length: > 0 } && (finding.Element is null || finding.Element.Closest("main") is not null);

    (int Line, int Column)? LineOf(string source, string? needle)
    {
        if (needle is null) return null;
        var lines = _lines.GetOrAdd(source, s => File.Exists(s) ? File.ReadAllLines(s) : []);
        // A line that starts with the needle (a heading, a key) beats one that merely contains it.
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].TrimStart().StartsWith(needle, StringComparison.Ordinal)) return (i + 1, lines[i].IndexOf(needle, StringComparison.Ordinal) + 1);
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].IndexOf(needle, StringComparison.Ordinal) is var column and >= 0) return (i + 1, column + 1);
        return null;
    }
}
