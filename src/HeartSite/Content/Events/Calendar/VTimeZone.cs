using System.Globalization;
using NodaTime;

namespace HeartSite.Content.Events.Calendar;

/// <summary>
/// Writes a VTIMEZONE (RFC 5545 section 3.6.5) from NodaTime's embedded tzdb rules, never the
/// machine's: one STANDARD or DAYLIGHT observance with an explicit DTSTART for every transition in
/// the years the calendar's events touch. Explicit dates instead of RRULEs because they are exactly
/// what tzdb says for those years, including past rule changes, and are easy to check.
/// </summary>
public static class VTimeZone
{
    public static void Write(ContentLines lines, DateTimeZone zone, int firstYear, int lastYear)
    {
        // A day of margin on each side: a local date near New Year can be in another UTC year.
        var from = Instant.FromUtc(firstYear, 1, 1, 0, 0) - Duration.FromDays(1);
        var to = Instant.FromUtc(lastYear + 1, 1, 1, 0, 0) + Duration.FromDays(1);
        lines.Raw("BEGIN", "VTIMEZONE").Raw("TZID", zone.Id);
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            var previous = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon) : interval;
            // A zone that never changes has one interval without a start; any fixed date will do.
            var onset = interval.HasStart
                ? interval.Start.WithOffset(previous.WallOffset).LocalDateTime
                : new LocalDateTime(1970, 1, 1, 0, 0);
            var kind = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";
            lines.Raw("BEGIN", kind)
                .Raw("DTSTART", LocalText(onset))
                .Raw("TZOFFSETFROM", OffsetText(previous.WallOffset))
                .Raw("TZOFFSETTO", OffsetText(interval.WallOffset))
                .Text("TZNAME", interval.Name)
                .Raw("END", kind);
        }
        lines.Raw("END", "VTIMEZONE");
    }

    /// <summary>A local date-time as iCalendar writes it: <c>20220119T150000</c>.</summary>
    public static string LocalText(LocalDateTime local) =>
        local.ToDateTimeUnspecified().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>A UTC offset as iCalendar writes it: <c>-0500</c>, with seconds only when there are any.</summary>
    public static string OffsetText(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? "-" : "+";
        seconds = Math.Abs(seconds);
        var text = $"{sign}{seconds / 3600:00}{seconds / 60 % 60:00}";
        return seconds % 60 == 0 ? text : text + $"{seconds % 60:00}";
    }
}
