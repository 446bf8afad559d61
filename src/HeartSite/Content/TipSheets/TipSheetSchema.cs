using HeartSite.Engine.FrontMatter;
using HeartSite.Site;
using AllAudiences = HeartSite.Content.Audiences.Audiences;

namespace HeartSite.Content.TipSheets;

/// <summary>A fixed-list value editors write (<c>health-centers</c>) and the words readers see (<c>Health centers</c>).</summary>
public sealed record Choice(string Value, string Label);

/// <summary>The front matter of <c>input/tip-sheets/&lt;slug&gt;.md</c>, and the two fixed lists it uses.</summary>
public static class TipSheetSchema
{
    public const string Audiences = "audiences";
    public const string Pillars = "pillars";

    /// <summary>
    /// Who a tip sheet is for, in the order the index shows them: every audience but the wider
    /// community, since the sheets are written for people in schools, homes and health centers.
    /// </summary>
    public static readonly IReadOnlyList<Choice> AudienceChoices = [.. AllAudiences.Choices.Where(c => c.Value != AllAudiences.Community)];

    /// <summary>The four pillars of the Compassionate School Mental Health Model, in the model's order.</summary>
    public static readonly IReadOnlyList<Choice> PillarChoices =
    [
        new("prevention", "Prevention"),
        new("support-youth", "Support youth"),
        new("build-resiliency", "Build resiliency"),
        new("protective-factors", "Develop protective factors"),
    ];

    public static readonly Schema Schema = new("tip sheet",
        Field.Text(Keys.Title, "the tip sheet's title, shown as its heading", required: true),
        Field.Text(Keys.Summary, "one sentence saying what the sheet helps its readers do", required: true),
        Field.ListOf(Audiences, "who the sheet is for", AudienceChoices.Select(t => t.Value).ToList(), required: true),
        Field.ListOf(Pillars, "the model's pillars the sheet supports", PillarChoices.Select(t => t.Value).ToList(), required: true),
        Field.Date(Keys.Updated, "when the content last changed", required: true),
        Field.Integer(Keys.Order, "where the sheet comes in lists: 1 first", required: true),
        ReviewDates.Field);

    /// <summary>
    /// The labels of <paramref name="values"/>, in the list's own order (not the editor's), once each:
    /// in the page's language from its theme strings (<c>audience_health_centers</c>, <c>pillar_prevention</c>) when given.
    /// </summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<Choice> choices, IEnumerable<string> values, Languages.LanguageStrings? words = null, string prefix = "")
    {
        var chosen = values.ToHashSet(StringComparer.Ordinal);
        return choices.Where(t => chosen.Contains(t.Value)).Select(t => Label(t, words, prefix)).ToList();
    }

    /// <summary>A choice's words in the page's language (the theme string <c>prefix_value</c>), else its English label.</summary>
    public static string Label(Choice choice, Languages.LanguageStrings? words, string prefix) =>
        words?.Text(prefix + choice.Value.Replace('-', '_')) is { Length: > 0 } label ? label : choice.Label;

    /// <summary>The theme string keys of the labels, which every language's strings must have.</summary>
    public static IEnumerable<string> LabelKeys =>
        AudienceChoices.Select(c => "audience_" + c.Value.Replace('-', '_')).Concat(PillarChoices.Select(c => "pillar_" + c.Value.Replace('-', '_')));
}
