using HeartSite.Engine.Templates;
using HeartSite.Content.Events.Calendar;
using HeartSite.Content.Audiences;
using HeartSite.Content.Glossary;
using HeartSite.Content.Pages;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.Events;

/// <summary>
/// Events from <c>input/events/&lt;slug&gt;.md</c>: a page each at <c>/events/&lt;slug&gt;/</c> with
/// schema.org JSON-LD, an iCalendar file each at <c>/events/&lt;slug&gt;.ics</c>, all of them in
/// <c>/events/calendar.ics</c>, and the list at <c>/events/</c> (upcoming, then past, split at <c>--now</c>).
/// </summary>
public static class EventsPipeline
{
    public const string Name = "events";
    public const string ListLayout = "events";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        DependsOn = { EventSeriesPipeline.Name, GlossaryPipeline.Name },
        Input =
        {
            new ReadFiles("events/*.md"), new ParseFrontMatter(), new ValidateFrontMatter(EventSchema.Schema),
            new AssignSlugs(), new ReadEvents(templates.Site.TimeZone),
        },
        Process =
        {
            new ForEach(CheckSeries),
            SetDestination.AtUrl(d => Event.UrlOf(d.GetString(Keys.Slug)!)),
            new RenderMarkdownWithGlossaryLinks(),
        },
        PostProcess =
        {
            new Transform((events, _) => events.Append(ListPage())),
            templates.Layout("event", (document, context) => Model(document, context, templates)),
            new Transform((documents, context) => documents.Concat(Calendars(documents, context, templates.Site, templates.Languages.CurrentStrings))),
        },
        Output = { new WriteFiles() },
    };

    /// <summary>The next few upcoming events, for the home page's <c>upcomingEvents</c>.</summary>
    public static HomeSection HomeSection(Languages.LanguageStrings words, int count = 3) => new("upcomingEvents", context =>
    {
        var series = EventSeries.BySlug(context.OutputsOf(EventSeriesPipeline.Name));
        return EventListing.Split(EventListing.EventsIn(context.OutputsOf(Name)), context.Settings.Now).Upcoming
            .Take(count).Select(e => EventView.Of(e, series, context.Settings.Now, words)).ToList();
    });

    static Document? CheckSeries(Document document, PipelineContext context)
    {
        var slug = document.Get<Event>(EventSchema.EventKey)?.Series;
        if (slug is null) return document;
        var known = EventSeries.BySlug(context.OutputsOf(EventSeriesPipeline.Name));
        if (known.ContainsKey(slug)) return document;
        context.Report(Diagnostic.Error("HS0606", $"'series' has unknown value '{slug}'",
            known.Count == 0
                ? $"define the series in {EventSeries.RelativePath} first"
                : $"use one of: {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))} (from {EventSeries.RelativePath})",
            document, EventSchema.Series));
        return null;
    }

    static Document ListPage() => new Document { Destination = "events/index.html" }.With([
        new(Keys.Title, "Events"),
        new(Keys.Description, "Webinars, information sessions and peer support hours from the HEART Collective, with calendar files to add them to yours."),
        new(Keys.Layout, ListLayout),
    ]);

    static IEnumerable<KeyValuePair<string, object?>> Model(Document document, PipelineContext context, SiteTemplates templates)
    {
        var (site, words) = (templates.Site, templates.Languages.CurrentStrings);
        var series = EventSeries.BySlug(context.OutputsOf(EventSeriesPipeline.Name));
        var now = context.Settings.Now;
        if (document.Get<Event>(EventSchema.EventKey) is { } ev)
        {
            yield return new("event", EventView.Of(ev, series, now, words));
            yield return new("audienceLinks", Audiences.Audiences.Links(ev.Audience, context.OutputsOf(AudiencesPipeline.Name), templates.Languages.CurrentStrings));
            yield return new("jsonLd", TrustedHtml.FromSafeSource(EventJsonLd.Of(ev, site)));
            yield break;
        }
        var listing = EventListing.Split(EventListing.EventsIn(context.OutputsOf(Name)), now);
        yield return new("upcoming", listing.Upcoming.Select(e => EventView.Of(e, series, now, words)).ToList());
        yield return new("past", listing.Past.Select(e => EventView.Of(e, series, now, words)).ToList());
        yield return new("series", series.Values.OrderBy(s => s.Title, StringComparer.Ordinal).ToList());
    }

    static IEnumerable<Document> Calendars(IReadOnlyList<Document> documents, PipelineContext context, SiteData site, Languages.LanguageStrings words)
    {
        var events = EventListing.EventsIn(documents).Where(e => e.HasCalendar).OrderBy(e => e.Start.ToInstant()).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
        foreach (var ev in events)
            yield return new Document { Destination = SetDestination.FileOf(ev.CalendarUrl), Content = EventCalendar.Write([ev], site, context.Settings.Now, words: words) };
        if (events.Count > 0)
            yield return new Document { Destination = "events/calendar.ics", Content = EventCalendar.Write(events, site, context.Settings.Now, words.Text("ics_calendar_name").Replace("{site}", site.Title), words) };
    }
}
