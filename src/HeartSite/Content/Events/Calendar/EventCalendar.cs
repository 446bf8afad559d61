using HeartSite.Site;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace HeartSite.Content.Events.Calendar;

/// <summary>
/// An iCalendar file (RFC 5545) for one or more events, built and written by Ical.Net: METHOD
/// PUBLISH, VTIMEZONEs for their zones (<see cref="ZoneObservances"/>), then one VEVENT each with
/// times in the event's own zone. UIDs are <c>slug@host</c> so they stay the same from build to
/// build; SEQUENCE and LAST-MODIFIED come from the event's file (<see cref="EventSequence"/>);
/// DTSTAMP is the build's <c>--now</c>, so the same input and <c>--now</c> give the same bytes. An
/// event without an end has DTSTART only (RFC 5545 3.6.1: it then ends when it starts), one without
/// a place or link has no LOCATION; month-only events are never written, since a calendar entry
/// needs a day (see <see cref="Event.HasCalendar"/>). Its words are the build's language's
/// (<paramref name="words"/>' <c>ics_…</c> and <c>status_…</c> strings; the default language's
/// without them); a translation's text carries its language as LANGUAGE (RFC 5545 3.2.10).
/// </summary>
public static class EventCalendar
{
    public const string ProductId = "-//HEART Collective//HeartSite//EN";

    public static string Write(IReadOnlyList<Event> events, SiteData site, DateTimeOffset now, string? name = null, Languages.LanguageStrings? words = null)
    {
        string Say(string key, string english) => words?.Text(key) is { Length: > 0 } text ? text : english;
        var calendar = new IcalCalendar { ProductId = ProductId, Scale = CalendarScales.Gregorian, Method = CalendarMethods.Publish };
        if (name is not null) calendar.AddProperty("X-WR-CALNAME", PlainText(name));
        foreach (var zone in events.Select(e => e.Zone).DistinctBy(z => z.Id).OrderBy(z => z.Id, StringComparer.Ordinal))
        {
            var inZone = events.Where(e => e.Zone.Id == zone.Id).ToList();
            calendar.AddTimeZone(ZoneObservances.For(zone, inZone.Min(e => e.Start.Year), inZone.Max(e => (e.End ?? e.Start).Year)));
        }
        var stamp = Utc(Instant.FromDateTimeOffset(now));
        var language = words is { Language.IsDefault: false } ? site.Language : null;
        foreach (var ev in events) calendar.Events.Add(ToVEvent(ev, site, stamp, Say, language));
        return IcsFolding.Refold(new CalendarSerializer().SerializeToString(calendar)!);
    }

    static CalendarEvent ToVEvent(Event ev, SiteData site, CalDateTime stamp, Func<string, string, string> say, string? language)
    {
        var url = site.Urls.Absolute(ev.Url);
        var vevent = new CalendarEvent
        {
            Uid = $"{ev.Slug}@{new Uri(site.BaseUrl).Host}",
            DtStamp = stamp,
            DtStart = Zoned(ev.Start),
            Sequence = ev.Sequence,
            Summary = PlainText(ev.Status == EventStatus.Scheduled ? ev.Title : $"{say($"status_{ev.Status.Name().Replace('-', '_')}", ev.Status.Label())}: {ev.Title}"),
            Description = PlainText(Description(ev, url, say)),
            Url = new Uri(url),
            Status = ev.Status.ICalendar(),
        };
        if (ev.End is { } end) vevent.DtEnd = Zoned(end);
        if (ev.HasLocation) vevent.Location = PlainText(Location(ev, say));
        if (language is not null)
            foreach (var text in vevent.Properties.Where(p => p.Name is "SUMMARY" or "DESCRIPTION" or "LOCATION"))
                text.Parameters.Set("LANGUAGE", language);
        if (ev.Updated is { } updated) vevent.LastModified = Utc(ev.Zone.AtStartOfDay(updated).ToInstant());
        return vevent;
    }

    static CalDateTime Zoned(ZonedDateTime time) => new(time.LocalDateTime.ToDateTimeUnspecified(), time.Zone.Id);

    static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc(), CalDateTime.UtcTzId);

    static string Description(Event ev, string url, Func<string, string, string> say)
    {
        var parts = new List<string> { ev.Summary };
        // A cancelled event offers nothing to join or register for.
        if (ev.Status != EventStatus.Cancelled)
        {
            if (ev.Online is not null) parts.Add($"{say("ics_join_online", "Join online:")} {ev.Online}");
            if (ev.Registration is not null) parts.Add($"{say("ics_register", "Register:")} {ev.Registration}");
        }
        parts.Add($"{say("ics_details", "Details:")} {url}");
        return string.Join("\n\n", parts);
    }

    static string Location(Event ev, Func<string, string, string> say) => (ev.IsInPerson, ev.IsOnline) switch
    {
        (true, true) => $"{ev.Place} {say("ics_and_online", "and online:")} {ev.Online}",
        (true, false) => ev.Place!,
        _ => $"{say("ics_online", "Online:")} {ev.Online}",
    };

    /// <summary>
    /// TEXT may hold tabs and (escaped) line breaks but no other control characters (RFC 5545
    /// 3.3.11); Ical.Net escapes but does not drop them, so they are dropped here.
    /// </summary>
    static string PlainText(string value) =>
        string.Concat(value.ReplaceLineEndings("\n").Where(c => c is '\t' or '\n' || !char.IsControl(c)));
}
