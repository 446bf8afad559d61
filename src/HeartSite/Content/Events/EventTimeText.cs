using System.Globalization;
using NodaTime;

namespace HeartSite.Content.Events;

/// <summary>
/// How an event's times read on a page, in its own zone, with the abbreviation tzdb gives for
/// each instant (EST in January, EDT in June): "Wednesday, January 19, 2022, 3:00 p.m." to
/// "4:00 p.m. EST", and the ISO 8601 value with offset for <c>&lt;time datetime&gt;</c>. Without an
/// end, only the start ("Monday, August 16, 2021, 12:00 p.m. EDT"); for a month-only event, the
/// month and that the date is to be announced, with no time or zone at all.
/// </summary>
public sealed record EventTimeText(string StartIso, string StartText, string? EndIso, string? EndText, string DateText, string? ZoneId, string? Offset)
{
    public static EventTimeText Of(Event ev) => ev.MonthOnly
        ? new(MonthIso(ev.Start), $"{Month(ev.Start)} — date to be announced", null, null, Month(ev.Start), null, null)
        : ev.End is { } end ? Of(ev.Start, end)
        : new(Iso(ev.Start), $"{Date(ev.Start.Date)}, {Time(ev.Start.TimeOfDay)} {Abbreviation(ev.Start)}", null, null,
            Date(ev.Start.Date), ev.Start.Zone.Id, OffsetText(ev.Start.Offset));

    /// <summary>"2022-01": a valid <c>&lt;time datetime&gt;</c> and ISO 8601 date of month precision.</summary>
    public static string MonthIso(ZonedDateTime start) => start.Date.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    static string Month(ZonedDateTime start) => start.Date.ToString("MMMM uuuu", CultureInfo.InvariantCulture);

    public static EventTimeText Of(ZonedDateTime start, ZonedDateTime end)
    {
        var startZone = Abbreviation(start);
        var endZone = Abbreviation(end);
        var sameDay = start.Date == end.Date;
        var startText = $"{Date(start.Date)}, {Time(start.TimeOfDay)}" + (startZone == endZone ? "" : $" {startZone}");
        var endText = (sameDay ? "" : $"{Date(end.Date)}, ") + $"{Time(end.TimeOfDay)} {endZone}";
        return new(Iso(start), startText, Iso(end), endText, Date(start.Date), start.Zone.Id, OffsetText(start.Offset));
    }

    /// <summary>The zone's abbreviation at that instant, from tzdb: EST or EDT for America/New_York.</summary>
    public static string Abbreviation(ZonedDateTime time) => time.GetZoneInterval().Name;

    /// <summary>ISO 8601 with offset, as <c>&lt;time datetime&gt;</c> and schema.org want: <c>2022-01-19T15:00:00-05:00</c>.</summary>
    public static string Iso(ZonedDateTime time) =>
        time.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) =>
        date.ToDateTimeUnspecified().ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"3:00 p.m.", the style American readers expect; 12:00 p.m. is noon.</summary>
    public static string Time(LocalTime time)
    {
        var hour = time.ClockHourOfHalfDay;
        return $"{hour}:{time.Minute:00} {(time.Hour < 12 ? "a.m." : "p.m.")}";
    }

    /// <summary>"UTC−05:00", with a real minus sign as readers see it.</summary>
    public static string OffsetText(Offset offset)
    {
        var span = offset.ToTimeSpan();
        return $"UTC{(span < TimeSpan.Zero ? "\u2212" : "+")}{span.Duration():hh\\:mm}";
    }
}
