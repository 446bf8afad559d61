using System.Globalization;
using HeartSite.Site;
using NodaTime;

namespace HeartSite.Content.Events.Calendar;

/// <summary>
/// An iCalendar file (RFC 5545) for one or more events: VTIMEZONEs for their zones, then one VEVENT
/// each with times in the event's own zone. UIDs are <c>slug@host</c> so they stay the same from
/// build to build; DTSTAMP is the build's <c>--now</c>, so output is reproducible. An event without
/// an end has DTSTART only (RFC 5545 3.6.1: it then ends when it starts); month-only events are never
/// written, since a calendar entry needs a day (see <see cref="Event.HasCalendar"/>).
/// </summary>
public static class EventCalendar
{
    public const string ProductId = "-//HEART Collective//HeartSite//EN";

    public static string Write(IReadOnlyList<Event> events, SiteData site, DateTimeOffset now, string? name = null)
    {
        var lines = new ContentLines()
            .Raw("BEGIN", "VCALENDAR")
            .Raw("VERSION", "2.0")
            .Raw("PRODID", ProductId)
            .Raw("CALSCALE", "GREGORIAN")
            .Raw("METHOD", "PUBLISH");
        if (name is not null) lines.Text("X-WR-CALNAME", name);

        foreach (var zone in events.Select(e => e.Zone).DistinctBy(z => z.Id).OrderBy(z => z.Id, StringComparer.Ordinal))
        {
            var inZone = events.Where(e => e.Zone.Id == zone.Id).ToList();
            VTimeZone.Write(lines, zone, inZone.Min(e => e.Start.Year), inZone.Max(e => (e.End ?? e.Start).Year));
        }
        var stamp = Instant.FromDateTimeOffset(now).ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var ev in events) WriteEvent(lines, ev, site, stamp);
        return lines.Raw("END", "VCALENDAR").ToString();
    }

    static void WriteEvent(ContentLines lines, Event ev, SiteData site, string stamp)
    {
        var url = site.AbsoluteUrl(ev.Url);
        lines.Raw("BEGIN", "VEVENT")
            .Raw("UID", $"{ev.Slug}@{new Uri(site.BaseUrl).Host}")
            .Raw("DTSTAMP", stamp)
            .Raw($"DTSTART;TZID={ev.Zone.Id}", VTimeZone.LocalText(ev.Start.LocalDateTime));
        if (ev.End is { } end) lines.Raw($"DTEND;TZID={ev.Zone.Id}", VTimeZone.LocalText(end.LocalDateTime));
        lines.Text("SUMMARY", ev.Status == EventStatus.Scheduled ? ev.Title : $"{ev.Status.Label()}: {ev.Title}")
            .Text("DESCRIPTION", Description(ev, url))
            .Raw("URL", url);
        if (ev.HasLocation) lines.Text("LOCATION", Location(ev));
        lines.Raw("STATUS", ev.Status.ICalendar())
            .Raw("END", "VEVENT");
    }

    static string Description(Event ev, string url)
    {
        var parts = new List<string> { ev.Summary };
        // A cancelled event offers nothing to join or register for.
        if (ev.Status != EventStatus.Cancelled)
        {
            if (ev.Online is not null) parts.Add($"Join online: {ev.Online}");
            if (ev.Registration is not null) parts.Add($"Register: {ev.Registration}");
        }
        parts.Add($"Details: {url}");
        return string.Join("\n\n", parts);
    }

    static string Location(Event ev) => (ev.IsInPerson, ev.IsOnline) switch
    {
        (true, true) => $"{ev.Place} and online: {ev.Online}",
        (true, false) => ev.Place!,
        _ => $"Online: {ev.Online}",
    };
}
