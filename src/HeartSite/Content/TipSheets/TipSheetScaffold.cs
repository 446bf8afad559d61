using System.Globalization;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Safety;
using HeartSite.Site;

namespace HeartSite.Content.TipSheets;

/// <summary>
/// <c>heartsite new tip-sheet "Title"</c>: a file the schema accepts as it stands, dated today, placed
/// after the last sheet, with comments telling the editor what each field is for.
/// </summary>
public static class TipSheetScaffold
{
    public static ContentType ContentType { get; } = new("tip-sheet", TipSheetsPipeline.Folder, TipSheetSchema.Schema, Create);

    public static Scaffold Create(ScaffoldRequest request)
    {
        var slug = TitleSlug.From(request.Title, "tip-sheet");
        var order = NextOrder(request);
        var today = DateOnly.FromDateTime(request.Now.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = $"""
            ---
            {Scaffold.DraftLines}
            title: {YamlText.Quote(request.Title)}
            # One sentence: who this sheet helps, and what it helps them do.
            summary: {YamlText.Quote($"A short guide to {request.Title} for schools and health centers.")}
            # Who it is for; any of: {string.Join(", ", TipSheetSchema.AudienceChoices.Select(c => c.Value))}
            audiences:
              - educators
              - health-centers
            # The model's pillars it supports; any of: {string.Join(", ", TipSheetSchema.PillarChoices.Select(c => c.Value))}
            pillars:
              - prevention
            updated: {today}
            # Lists show sheets by this number, smallest first.
            order: {order.ToString(CultureInfo.InvariantCulture)}
            ---
            Write the tip sheet here in Markdown. Start sections with '## ' headings and use short lists
            of steps readers can act on; the first mention of a glossary term links to the glossary by itself.

            """;
        return new Scaffold($"{TipSheetsPipeline.Folder}/{slug}.md", text);
    }

    /// <summary>One more than the largest <c>order</c> among existing sheets (1 when there are none or none can be read).</summary>
    static int NextOrder(ScaffoldRequest request) => 1 + request.Existing($"{TipSheetsPipeline.Folder}/*.md")
        .Select(sheet => int.TryParse(sheet.GetString(Keys.Order), NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) ? order : 0)
        .DefaultIfEmpty(0).Max();
}
