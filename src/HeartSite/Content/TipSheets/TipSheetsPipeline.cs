using HeartSite.Content.Audiences;
using HeartSite.Content.Glossary;
using HeartSite.Content.Pages;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.TipSheets;

/// <summary>
/// Tip sheets from <c>input/tip-sheets/&lt;slug&gt;.md</c>: one printable page each at
/// <c>/tip-sheets/&lt;slug&gt;/</c>, and an index at <c>/tip-sheets/</c> grouped by audience.
/// Depends on the glossary so the first mention of a glossary term in a sheet links to it.
/// </summary>
public static class TipSheetsPipeline
{
    public const string Name = "tip-sheets";
    public const string Folder = "tip-sheets";

    /// <summary>Metadata the pipeline adds for templates: the readable names of audiences and pillars.</summary>
    public const string AudienceLabels = "audienceLabels";
    public const string PillarLabels = "pillarLabels";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        DependsOn = { GlossaryPipeline.Name },
        Input =
        {
            new ReadFiles($"{Folder}/*.md"), new ParseFrontMatter(), new ValidateFrontMatter(TipSheetSchema.Schema),
            new AssignSlugs(), new ForEach(CheckFields),
        },
        Process =
        {
            new SetDestination(d => $"{Folder}/{d.GetString(Keys.Slug)}/index.html"),
            new ForEach((d, _) => ReviewDates.WithDue(AddLabels(d, templates.Languages.CurrentStrings), templates.Site)),
            new RenderMarkdownWithGlossaryLinks(),
            new Transform((sheets, _) => InReadingOrder(sheets)),
        },
        PostProcess =
        {
            new Transform((sheets, _) => sheets.Append(TipSheetIndex.Create(sheets, templates.Languages.CurrentStrings))),
            templates.Layout("tip-sheet", (d, context) => d.Destination is null ? [] :
            [
                new("absoluteUrl", templates.Site.Urls.Absolute(SetDestination.UrlOf(d.Destination))),
                new("audienceLinks", Audiences.Audiences.Links(d.Get<IReadOnlyList<string>>(TipSheetSchema.Audiences), context.OutputsOf(AudiencesPipeline.Name), templates.Languages.CurrentStrings)),
                ReadNext.For(d, context),
            ]),
        },
        Output = { new WriteFiles() },
    };

    /// <summary>The home page's list of tip sheets, in reading order, as <c>tipSheets</c>.</summary>
    public static HomeSection HomeSection { get; } = new("tipSheets", context => context.OutputsOf(Name)
        .Select(TipSheetIndex.Link).ToList());

    /// <summary>Sheets by <c>order</c>; equal orders fall back to title, then slug, so the result never depends on file order.</summary>
    public static IEnumerable<Document> InReadingOrder(IEnumerable<Document> sheets) => sheets
        .OrderBy(d => d.Get<int>(Keys.Order))
        .ThenBy(d => d.GetString(Keys.Title), StringComparer.Ordinal)
        .ThenBy(d => d.GetString(Keys.Slug), StringComparer.Ordinal);

    // The schema checks kinds and values; these are the rules only a tip sheet has.
    static Document? CheckFields(Document sheet, PipelineContext context)
    {
        var ok = OneSentence.Check(sheet, Keys.Summary, context.Report);
        foreach (var list in new[] { TipSheetSchema.Audiences, TipSheetSchema.Pillars })
        {
            if (sheet.Get<IReadOnlyList<string>>(list) is { Count: > 0 }) continue;
            context.Report(Diagnostic.Error("HS0405", $"'{list}' is empty", "list at least one value, each on its own line starting with '- '", sheet, list));
            ok = false;
        }
        return ok ? sheet : null;
    }

    static Document AddLabels(Document sheet, Languages.LanguageStrings words) => sheet
        .With(AudienceLabels, TipSheetSchema.Labels(TipSheetSchema.AudienceChoices, sheet.Get<IReadOnlyList<string>>(TipSheetSchema.Audiences)!, words, "audience_"))
        .With(PillarLabels, TipSheetSchema.Labels(TipSheetSchema.PillarChoices, sheet.Get<IReadOnlyList<string>>(TipSheetSchema.Pillars)!, words, "pillar_"));
}
