using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.TipSheets;

/// <summary>A tip sheet as a list shows it.</summary>
public sealed record TipSheetLink(string Title, string Summary, string Url, string Audiences, string? Lang = null);

/// <summary>The sheets for one audience, under a heading with an id the jump list points at.</summary>
public sealed record AudienceGroup(string Id, string Heading, IReadOnlyList<TipSheetLink> Sheets);

/// <summary>
/// The <c>/tip-sheets/</c> page: one section per audience that has sheets, each listing its sheets
/// in reading order, so readers find theirs through an in-page jump list with no script. A sheet
/// for several audiences appears in each of their sections.
/// </summary>
public static class TipSheetIndex
{
    public const string Groups = "groups";
    public const string Layout = "tip-sheets";

    /// <summary>The index page document, from sheets already in reading order.</summary>
    public static Document Create(IReadOnlyList<Document> sheets, Languages.LanguageStrings? words = null) => new Document
    {
        Destination = $"{TipSheetsPipeline.Folder}/index.html",
    }.With([
        new(Keys.Title, "Tip sheets"),
        new(Keys.Description, "Printable tip sheets for schools and community health centers working together on student mental health, grouped by who they are for."),
        new(Keys.Layout, Layout),
        new(Groups, GroupByAudience(sheets, words)),
    ]);

    public static IReadOnlyList<AudienceGroup> GroupByAudience(IReadOnlyList<Document> sheets, Languages.LanguageStrings? words = null) => TipSheetSchema.AudienceChoices
        .Select(audience => new AudienceGroup($"for-{audience.Value}",
            $"{words?.Text("for_audience") ?? "For"} {TipSheetSchema.Label(audience, words, "audience_").ToLowerInvariant()}", sheets
            .Where(s => s.Get<IReadOnlyList<string>>(TipSheetSchema.Audiences)!.Contains(audience.Value))
            .Select(Link).ToList()))
        .Where(group => group.Sheets.Count > 0)
        .ToList();

    public static TipSheetLink Link(Document sheet) => new(
        sheet.GetString(Keys.Title)!,
        sheet.GetString(Keys.Summary)!,
        SetDestination.UrlOf(sheet.Destination!),
        string.Join(", ", sheet.Get<IReadOnlyList<string>>(TipSheetsPipeline.AudienceLabels)!),
        Languages.SelectLanguage.LangOf(sheet));
}
