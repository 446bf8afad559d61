using HeartSite.Engine;
using HeartSite.Site;

namespace HeartSite.Languages;

/// <summary>
/// The pages the build makes itself (the lists at /tip-sheets/, /glossary/, /news/, /events/ and
/// the Find help page) carry an English title and description from the code. In a translation they
/// take them from the language's theme strings instead: <c>page_title_&lt;name&gt;</c> and
/// <c>page_description_&lt;name&gt;</c>, where the name is the page's folder (dashes as underscores).
/// </summary>
public sealed class ListPageTitles(LanguageStrings words) : DocumentModule
{
    /// <summary>The generated pages a translation can have, by output path, with their strings' name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["find-help/index.html"] = "find_help",
        ["tip-sheets/index.html"] = "tip_sheets",
        ["glossary/index.html"] = "glossary",
        ["news/index.html"] = "news",
        ["events/index.html"] = "events",
    };

    /// <summary>The string keys a translation needs for these pages.</summary>
    public static IEnumerable<string> Keys => Pages.Values.SelectMany(n => new[] { $"page_title_{n}", $"page_description_{n}" });

    protected override Document? Process(Document document, PipelineContext context) =>
        document.Destination is { } destination && Pages.TryGetValue(destination, out var name)
            ? document.With([new(Site.Keys.Title, words.Text($"page_title_{name}")), new(Site.Keys.Description, words.Text($"page_description_{name}"))])
            : document;
}
