using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.Events;

/// <summary>
/// The series defined in <c>data/event-series.yml</c>, each with a page at
/// <c>/events/series/&lt;slug&gt;/</c> listing its sessions, upcoming then past.
/// </summary>
public static class EventSeriesPipeline
{
    public const string Name = "event-series";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        Input = { EventSeries.Read(), new ForEach(EventSeries.Attach) },
        Process = { SetDestination.AtUrl(d => EventSeries.UrlOf(d.GetString(Keys.Slug)!)) },
        PostProcess = { templates.Layout("event-series", (document, context) => Model(document, context, templates.Languages.CurrentStrings)) },
        Output = { new WriteFiles() },
    };

    static IEnumerable<KeyValuePair<string, object?>> Model(Document document, PipelineContext context, Languages.LanguageStrings words)
    {
        var series = EventSeries.BySlug(context.OutputsOf(Name));
        var slug = document.GetString(Keys.Slug);
        var now = context.Settings.Now;
        var listing = EventListing.Split(
            EventListing.EventsIn(context.OutputsOf(EventsPipeline.Name)).Where(e => e.Series == slug), now);
        yield return new("upcoming", listing.Upcoming.Select(e => EventView.Of(e, series, now, words)).ToList());
        yield return new("past", listing.Past.Select(e => EventView.Of(e, series, now, words)).ToList());
    }
}
