using HeartSite.Content.Events;
using HeartSite.Content.News;
using HeartSite.Content.Pages;
using HeartSite.Content.TipSheets;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.Audiences;

/// <summary>A piece of news as an audience page lists it.</summary>
public sealed record ArticleLink(string Title, string Summary, string Url, DateOnly Date, string? Lang);

/// <summary>
/// Pages by audience from <c>input/data/audiences.yml</c>: one page per record at
/// <c>/for/&lt;audience&gt;/</c> with its introduction, then that audience's tip sheets, upcoming
/// events (or, when none is planned, the latest past ones) and recent articles. The other lists are
/// read in PostProcess, where every pipeline's output is visible.
/// </summary>
public static class AudiencesPipeline
{
    public const string Name = "audiences";
    public const string DataFile = "data/audiences.yml";
    public const string Layout = "audience";

    /// <summary>The audience value a record is filed under (its key in the data file).</summary>
    public const string AudienceKey = "audience";

    const int RecentArticles = 5;
    const int PastEvents = 3;

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        Input = { new ReadDataFile(DataFile, Audiences.Schema, AudienceKey), new ForEach(CheckKnown) },
        Process =
        {
            new SetDestination(d => $"for/{d.GetString(AudienceKey)}/index.html"),
            new ForEach((d, _) => d.With(Keys.Description, d.GetString("intro"))),
        },
        PostProcess = { templates.Layout(Layout, (page, context) => Model(page, context, templates.Languages.CurrentStrings)) },
        Output = { new WriteFiles() },
    };

    /// <summary>
    /// The audience pages in file order, for the home page's <c>audiences</c>. In a language with no
    /// translation of the data file, each is named by the language's own audience label (its page,
    /// in the default language, is marked so by <see cref="Languages.KeepTranslated"/>).
    /// </summary>
    public static HomeSection HomeSection(Languages.LanguageStrings words) => new("audiences", context => context.OutputsOf(Name)
        .Select(d => new AudienceLink(
            words.Language.IsDefault || Languages.KeepTranslated.IsTranslation(d, words.Language) ? d.GetString(Keys.Title)!
                : TipSheetSchema.Label(Audiences.Choices.Single(c => c.Value == d.GetString(AudienceKey)), words, "audience_"),
            SetDestination.UrlOf(d.Destination!))).ToList());

    /// <summary>A record for a value no content can use would be a page with nothing on it.</summary>
    static Document? CheckKnown(Document record, PipelineContext context)
    {
        var audience = record.GetString(AudienceKey)!;
        if (Audiences.Values.Contains(audience)) return record;
        context.Report(Diagnostic.Error("HS0102", $"'{audience}' is not an audience",
            $"use one of: {string.Join(", ", Audiences.Values)}", record, AudienceKey));
        return null;
    }

    static IEnumerable<KeyValuePair<string, object?>> Model(Document page, PipelineContext context, Languages.LanguageStrings words)
    {
        var audience = page.GetString(AudienceKey)!;
        bool For(IReadOnlyList<string>? values) => values?.Contains(audience) == true;
        yield return new("audienceName", TipSheetSchema.Label(Audiences.Choices.Single(c => c.Value == audience), words, "audience_").ToLowerInvariant());
        yield return new("tipSheets", context.OutputsOf(TipSheetsPipeline.Name)
            .Where(s => For(s.Get<IReadOnlyList<string>>(TipSheetSchema.Audiences))).Select(TipSheetIndex.Link).ToList());

        var series = EventSeries.BySlug(context.OutputsOf(EventSeriesPipeline.Name));
        var now = context.Settings.Now;
        var events = EventListing.Split(EventListing.EventsIn(context.OutputsOf(EventsPipeline.Name)).Where(e => For(e.Audience)), now);
        yield return new("upcomingEvents", events.Upcoming.Select(e => EventView.Of(e, series, now, words)).ToList());
        yield return new("pastEvents", events.Past.Take(PastEvents).Select(e => EventView.Of(e, series, now, words)).ToList());

        yield return new("articles", context.OutputsOf(NewsArticlesPipeline.Name)
            .Where(a => For(a.Get<IReadOnlyList<string>>(NewsSchemas.ArticleAudience)))
            .Select(a => new ArticleLink(a.GetString(Keys.Title)!, a.GetString(Keys.Summary)!, SetDestination.UrlOf(a.Destination!), a.Get<DateOnly>(NewsKeys.Date), Languages.SelectLanguage.LangOf(a)))
            .OrderByDescending(a => a.Date).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Take(RecentArticles).ToList());
    }
}
