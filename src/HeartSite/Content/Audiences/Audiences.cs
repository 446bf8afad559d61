using HeartSite.Content.TipSheets;
using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;

namespace HeartSite.Content.Audiences;

/// <summary>An audience label as an item's page shows it: linked to <c>/for/&lt;audience&gt;/</c> when that page exists.</summary>
public sealed record AudienceLink(string Label, string? Url);

/// <summary>
/// Who content is for. Tip sheets (<c>audiences</c>), events and articles (<c>audience</c>) take
/// their values from <see cref="Choices"/>, so a misspelt value is HS0102 at its line; each value's
/// page and introduction come from <c>data/audiences.yml</c>.
/// </summary>
public static class Audiences
{
    public const string Community = "community";

    /// <summary>Every audience, in the order labels are shown.</summary>
    public static readonly IReadOnlyList<Choice> Choices =
    [
        new("educators", "Educators"),
        new("families", "Families"),
        new("students", "Students"),
        new("health-centers", "Health centers"),
        new(Community, "Community"),
    ];

    public static IReadOnlyList<string> Values { get; } = Choices.Select(c => c.Value).ToList();

    /// <summary>
    /// The labels of <paramref name="values"/> in <see cref="Choices"/> order, each linked to its
    /// audience page among <paramref name="audiencePages"/> (<see cref="AudiencesPipeline"/>'s output) if it has one;
    /// in the page's language (<paramref name="words"/>' <c>audience_…</c> strings) when given.
    /// </summary>
    public static IReadOnlyList<AudienceLink> Links(IEnumerable<string>? values, IEnumerable<Document> audiencePages, Languages.LanguageStrings? words = null)
    {
        var urls = audiencePages.Where(p => p.Destination is not null)
            .ToDictionary(p => p.GetString(AudiencesPipeline.AudienceKey)!, p => SetDestination.UrlOf(p.Destination!), StringComparer.Ordinal);
        var chosen = (values ?? []).ToHashSet(StringComparer.Ordinal);
        return Choices.Where(c => chosen.Contains(c.Value)).Select(c => new AudienceLink(TipSheets.TipSheetSchema.Label(c, words, "audience_"), urls.GetValueOrDefault(c.Value))).ToList();
    }

    /// <summary>One record of <c>data/audiences.yml</c>, under the audience's value.</summary>
    public static readonly Schema Schema = new("audience",
        Field.Text("title", "the page's heading, like 'For educators'", required: true),
        Field.Text("intro", "two or three short sentences on what the page offers them", required: true));
}
