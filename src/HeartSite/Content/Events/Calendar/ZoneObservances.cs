using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Duration = NodaTime.Duration;

namespace HeartSite.Content.Events.Calendar;

/// <summary>
/// A VTIMEZONE (RFC 5545 section 3.6.5) from NodaTime's embedded tzdb, never the machine's: one
/// STANDARD or DAYLIGHT observance with an explicit DTSTART for every transition in the years the
/// calendar's events touch. Built here rather than by Ical.Net's <c>VTimeZone.FromDateTimeZone</c>
/// because that reads the clock (<c>DateTimeOffset.Now</c>) to pick its intervals, so the same input
/// would give different files on different days, and it writes RRULEs for the current rules, which
/// misstate years before a rule change. Explicit dates are exactly what tzdb says for those years.
/// </summary>
public static class ZoneObservances
{
    public static VTimeZone For(DateTimeZone zone, int firstYear, int lastYear)
    {
        // A day of margin on each side: a local date near New Year can be in another UTC year.
        var from = Instant.FromUtc(firstYear, 1, 1, 0, 0) - Duration.FromDays(1);
        var to = Instant.FromUtc(lastYear + 1, 1, 1, 0, 0) + Duration.FromDays(1);
        var timeZone = new VTimeZone { TzId = zone.Id };
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            var previous = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon) : interval;
            // A zone that never changes has one interval without a start; any fixed date will do.
            var onset = interval.HasStart
                ? interval.Start.WithOffset(previous.WallOffset).LocalDateTime
                : new LocalDateTime(1970, 1, 1, 0, 0);
            timeZone.AddChild(new VTimeZoneInfo
            {
                Name = interval.Savings == Offset.Zero ? Components.Standard : Components.Daylight,
                Start = new CalDateTime(onset.ToDateTimeUnspecified()),
                OffsetFrom = new UtcOffset(previous.WallOffset.ToTimeSpan()),
                OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
                TimeZoneName = interval.Name,
            });
        }
        return timeZone;
    }
}
