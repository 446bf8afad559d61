using System.Text.RegularExpressions;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;

namespace HeartSite.Engine.Safety;

/// <summary>
/// Every address of the site has one source. Checked over all pipelines' documents before
/// anything is written: two documents with one destination (<c>pages/tip-sheets.md</c> and the
/// tip-sheet list; <c>about.md</c> and <c>about/index.md</c>), or one written where another needs a
/// folder, are HS0106 naming both; a destination made from a file name that is not lower-case
/// letters, digits and dashes is HS0108 (a folder with a dot, like a page at <c>/sitemap.xml/</c>,
/// too: it would collide with a generated file). Letter case is ignored
/// in comparisons, because macOS and Windows treat <c>About</c> and <c>about</c> as one file.
/// </summary>
public static partial class Destinations
{
    [GeneratedRegex("^[a-z0-9]+([._-][a-z0-9]+)*$")]
    private static partial Regex SafeFile();

    // Folders never have a dot: a page at /sitemap.xml/ would need a folder where the sitemap is a file.
    [GeneratedRegex("^[a-z0-9]+([_-][a-z0-9]+)*$")]
    private static partial Regex SafeFolder();

    /// <summary>The problems among <paramref name="outputs"/>, each pipeline's documents by pipeline name.</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs)
    {
        var claims = outputs.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Where(d => d.Destination is not null).Select(d => (Pipeline: p.Key, Document: d)))
            .ToList();
        var problems = new List<Diagnostic>();
        var owners = new Dictionary<string, (string Pipeline, Document Document)>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims)
        {
            var destination = claim.Document.Destination!;
            if (Unsafe(destination) && claim.Document.Source is not null)
                problems.Add(UnsafeName(claim.Document));
            if (owners.TryGetValue(destination, out var first))
                problems.AddRange(Conflict(first, claim, $"both want the address {SetDestination.UrlOf(destination)}"));
            else owners[destination] = claim;
        }
        foreach (var claim in claims)
            foreach (var folder in Folders(claim.Document.Destination!))
                if (owners.TryGetValue(folder, out var file))
                    problems.AddRange(Conflict(file, claim, $"/{folder} is a file, so {SetDestination.UrlOf(claim.Document.Destination!)} cannot be under it"));
        return problems;
    }

    /// <summary>True when a destination has a segment that would make an unsafe or surprising URL.</summary>
    public static bool Unsafe(string destination)
    {
        var segments = destination.Split('/');
        return !SafeFile().IsMatch(segments[^1]) || !segments[..^1].All(SafeFolder().IsMatch);
    }

    static Diagnostic UnsafeName(Document document)
    {
        var relative = document.RelativeSource ?? Path.GetFileName(document.Source!);
        var name = Path.ChangeExtension(relative, null)!;
        var safe = string.Join('/', name.Split('/').Select(AssignSlugs.Suggest));
        return new Diagnostic(Severity.Error, "HS0108", $"the file name '{name}' cannot be used in a web address",
            $"rename it to '{safe}{Path.GetExtension(relative)}' (lower-case letters, digits and dashes)", document.Source, 1, 1);
    }

    static IEnumerable<Diagnostic> Conflict((string Pipeline, Document Document) first, (string Pipeline, Document Document) second, string why)
    {
        if (IsRedirect(first.Document) || IsRedirect(second.Document))
        {
            yield return RedirectConflict(first.Document, second.Document);
            yield break;
        }
        var text = $"{Describe(first)} and {Describe(second)} {why}";
        var reported = false;
        foreach (var (_, document) in new[] { first, second }.Where(c => c.Document.Source is not null).DistinctBy(c => c.Document.Source))
        {
            reported = true;
            yield return new Diagnostic(Severity.Error, "HS0106", text, "rename or move one of them, so each page has one source", document.Source, 1, 1);
        }
        if (!reported) yield return new Diagnostic(Severity.Error, "HS0106", text, "two pipelines write the same file; this is a theme or HeartSite problem");
    }

    static bool IsRedirect(Document document) => document.Metadata.ContainsKey(Publication.RedirectTarget);

    // An old address in 'redirect_from' that another page (or the same one) has: one error, at that list.
    static Diagnostic RedirectConflict(Document first, Document second)
    {
        var redirect = IsRedirect(second) ? second : first;
        var url = SetDestination.UrlOf(redirect.Destination!);
        var names = new[] { first, second }.Select(d => d.RelativeSource ?? $"the generated {d.Destination}")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var message = names.Count == 1
            ? $"{names[0]} claims the address {url} twice (is it in its own 'redirect_from'?)"
            : $"{names[0]} and {names[1]} both want the address {url}";
        return new Diagnostic(Severity.Error, "HS0106", message, "rename one of them, or remove the old address from its 'redirect_from' list",
            redirect.Source, redirect.Source is null ? 0 : redirect.PositionOf(Publication.RedirectFrom).Line, 0);
    }

    static string Describe((string Pipeline, Document Document) claim) =>
        claim.Document.RelativeSource ?? (claim.Document.Source is { } source ? Path.GetFileName(source) : $"the page the '{claim.Pipeline}' pipeline makes");

    // "a/b/c.html" is inside the folders "a" and "a/b".
    static IEnumerable<string> Folders(string destination)
    {
        for (var slash = destination.IndexOf('/'); slash > 0; slash = destination.IndexOf('/', slash + 1))
            yield return destination[..slash];
    }
}
