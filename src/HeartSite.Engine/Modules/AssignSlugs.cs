using System.Text.RegularExpressions;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Gives each document a <c>slug</c> from its file name and checks it: lower-case words joined by
/// dashes (HS0108, so URLs are predictable), and unique within the pipeline ignoring case (HS0106,
/// because <c>Barriers.md</c> and <c>barriers.md</c> are one file on macOS and Windows).
/// </summary>
public sealed partial class AssignSlugs : IModule
{
    public const string SlugKey = "slug";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var seen = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        var output = new List<Document>();
        foreach (var document in inputs)
        {
            var slug = Path.GetFileNameWithoutExtension(document.RelativeSource ?? document.Source ?? "");
            if (!Kebab().IsMatch(slug))
            {
                context.Report(Diagnostic.Error("HS0108", $"the file name '{slug}' cannot be used in a web address",
                    $"rename the file to '{Suggest(slug)}' (lower-case letters, digits and dashes)", document));
                continue;
            }
            if (seen.TryGetValue(slug, out var first))
            {
                context.Report(Diagnostic.Error("HS0106", $"duplicate slug '{slug}': {first.RelativeSource} already uses it",
                    "give one of the two files a different name", document));
                continue;
            }
            seen[slug] = document;
            output.Add(document.With(SlugKey, slug));
        }
        return output;
    }

    /// <summary>A file name made into a slug: "Ways To Support_Advocacy" → "ways-to-support-advocacy".</summary>
    public static string Suggest(string text) =>
        string.Join('-', Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0));
}
