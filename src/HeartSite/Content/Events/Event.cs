using NodaTime;

namespace HeartSite.Content.Events;

/// <summary>
/// One event, checked and resolved: its times are instants in its own time zone. When only the
/// month is known (<see cref="MonthOnly"/>), <see cref="Start"/> is the first moment of that month
/// and no day or time is ever shown or exported; <see cref="End"/> is null when no end is given.
/// <see cref="Sequence"/> and <see cref="Updated"/> are what calendars use to see a changed event
/// (see <see cref="Calendar.EventSequence"/>). Stored in the
/// document's metadata under <see cref="EventSchema.EventKey"/> for the modules that list, render
/// and export events.
/// </summary>
public sealed record Event(
    string Slug, string Title, string Summary,
    ZonedDateTime Start, ZonedDateTime? End, bool MonthOnly,
    string? Online, string? Place, string? Registration, string? Series,
    EventStatus Status, IReadOnlyList<string> Audience,
    int Sequence = 0, LocalDate? Updated = null)
{
    /// <summary>An event page's site path: <c>/events/&lt;slug&gt;/</c>; the pipeline writes the page there.</summary>
    public static string UrlOf(string slug) => $"/events/{slug}/";

    public string Url => UrlOf(Slug);

    /// <summary>The event's own calendar file: <c>/events/&lt;slug&gt;.ics</c>.</summary>
    public string CalendarUrl => $"/events/{Slug}.ics";

    public DateTimeZone Zone => Start.Zone;

    /// <summary>An event still counts as upcoming while it is in progress, until it ends (a month-only one, until its month ends).</summary>
    public bool IsUpcoming(Instant now) => Ends > now;

    Instant Ends => End?.ToInstant()
        ?? (MonthOnly ? Zone.AtStartOfDay(Start.Date.PlusMonths(1)).ToInstant() : Start.ToInstant());

    /// <summary>Only an event with a known day and time goes into calendar files.</summary>
    public bool HasCalendar => !MonthOnly;

    /// <summary>Online only, in person only, or both; a moved-online event is online only.</summary>
    public bool IsOnline => Online is not null;
    public bool HasLocation => IsOnline || Place is not null;
    public bool IsInPerson => Place is not null && Status != EventStatus.MovedOnline;
}
