using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HeartSite.Engine.Modules;

namespace HeartSite.Summary;

/// <summary>
/// The job summary of a pull request's build, in GitHub Markdown: which pages (by address) the
/// change adds, changes and removes compared with a build of the base branch, every warning the
/// build printed with its file and line, and how to look at the preview.
/// </summary>
public static partial class PreviewSummary
{
    const int MaxListed = 50;

    // The canonical diagnostic line: path(line,col): warning HS0000: text — hint
    [GeneratedRegex(@"^(?<file>.+?)(\((?<line>\d+),\d+\))?: (?<severity>warning|error) (?<code>HS\d{4}): (?<text>.*)$")]
    private static partial Regex DiagnosticLine();

    public sealed record Options(string BaseSite, string HeadSite, string? BuildLog, string ArtifactName, string? RunUrl);

    public static string Write(Options options)
    {
        var before = Pages(options.BaseSite);
        var after = Pages(options.HeadSite);
        var added = after.Keys.Where(url => !before.ContainsKey(url)).Order(StringComparer.Ordinal).ToList();
        var removed = before.Keys.Where(url => !after.ContainsKey(url)).Order(StringComparer.Ordinal).ToList();
        var changed = after.Keys.Where(url => before.TryGetValue(url, out var old) && old != after[url]).Order(StringComparer.Ordinal).ToList();
        var lines = options.BuildLog is not null && File.Exists(options.BuildLog) ? File.ReadAllLines(options.BuildLog) : [];
        var diagnostics = lines.Select(l => DiagnosticLine().Match(l)).Where(m => m.Success).ToList();
        var warnings = diagnostics.Where(m => m.Groups["severity"].Value == "warning").ToList();
        var errors = diagnostics.Count - warnings.Count;

        var text = new StringBuilder("## Site preview\n\n");
        if (!Directory.Exists(options.HeadSite))
            text.Append($"The site did not build{(errors > 0 ? $": {errors} error(s), shown as notes on the changed lines under **Files changed**" : "")}.\n\n");
        else
            text.Append($"Compared with the base branch: **{added.Count} added, {changed.Count} changed, {removed.Count} removed** pages.\n\n");
        if (!Directory.Exists(options.BaseSite))
            text.Append("(The base branch did not build, so every page counts as added.)\n\n");
        Section(text, "Added pages", added);
        Section(text, "Changed pages", changed);
        Section(text, "Removed pages", removed);

        text.Append($"### Warnings ({warnings.Count})\n\n");
        if (warnings.Count == 0) text.Append("None.\n\n");
        else
        {
            foreach (var w in warnings)
                text.Append($"- `{w.Groups["file"].Value}`{(w.Groups["line"].Success ? $" line {w.Groups["line"].Value}" : "")}: {w.Groups["code"].Value} {w.Groups["text"].Value}\n");
            text.Append("\nThe tests fail on any warning: fix them before merging.\n\n");
        }

        if (Directory.Exists(options.HeadSite))
            text.Append("### Look at the preview\n\n")
                .Append($"1. Download the **{options.ArtifactName}** artifact from {(options.RunUrl is null ? "this run's summary page" : $"[this run's summary page]({options.RunUrl})")} and unzip it into a folder.\n")
                .Append("2. Serve that folder as the site's root, for example with `python3 -m http.server 8080 --directory <folder>`, and open http://127.0.0.1:8080/. ")
                .Append("Opening `index.html` straight from disk does not work: the links start at the site root.\n")
                .Append("3. Or check out this branch and run `dotnet run --project src/HeartSite -- serve`, which also shows drafts.\n");
        return text.ToString();
    }

    static void Section(StringBuilder text, string title, IReadOnlyList<string> urls)
    {
        if (urls.Count == 0) return;
        text.Append($"### {title} ({urls.Count})\n\n");
        foreach (var url in urls.Take(MaxListed)) text.Append($"- `{url}`\n");
        if (urls.Count > MaxListed) text.Append($"- … and {urls.Count - MaxListed} more\n");
        text.Append('\n');
    }

    /// <summary>Every HTML page of a built site by its address, with a fingerprint of its bytes; empty when the folder is missing.</summary>
    static Dictionary<string, string> Pages(string root) => !Directory.Exists(root)
        ? []
        : Directory.GetFiles(root, "*.html", SearchOption.AllDirectories).ToDictionary(
            path => SetDestination.UrlOf(Path.GetRelativePath(root, path).Replace('\\', '/')),
            path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))),
            StringComparer.Ordinal);
}
