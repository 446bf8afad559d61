using HeartSite.Engine.FrontMatter;
using HeartSite.Site;

namespace HeartSite.Content.Events;

/// <summary>The front matter of <c>input/events/&lt;slug&gt;.md</c>, and the metadata keys events use.</summary>
public static class EventSchema
{
    public const string Start = "start";
    public const string End = "end";
    public const string TimeZone = "time_zone";
    public const string Online = "online";
    public const string Place = "place";
    public const string Registration = "registration";
    public const string Series = "series";
    public const string Status = "status";
    public const string Audience = "audience";
    public const string Sequence = "sequence";
    public const string ScheduleCheck = "schedule_check";

    /// <summary>Where the resolved <see cref="Event"/> is kept in a document's metadata.</summary>
    public const string EventKey = "event";

    public static readonly Schema Schema = new("event",
        Field.Text(Keys.Title, "the event's name", required: true),
        Field.Text(Keys.Summary, "one or two sentences for lists, calendars and search results", required: true),
        // Text, not DateTime: a start may be only a month (2022-01) while the day is not known; ReadEvents parses both.
        Field.Text(Start, "when it starts, local time in its time zone, e.g. 2022-01-19T15:00, or only the month, e.g. 2022-01", required: true),
        Field.Text(End, "when it ends, local time in its time zone, e.g. 2022-01-19T16:00; leave out when not known"),
        Field.Text(TimeZone, "the IANA time zone, e.g. America/New_York; default: site.yml time_zone"),
        Field.Url(Online, "where to join online, when the organizers give the link"),
        Field.Text(Place, "the street address of an in-person event"),
        Field.Url(Registration, "a registration page for this event"),
        Field.Text(Series, "the slug of a series in data/event-series.yml"),
        Field.OneOf(Status, "scheduled (default), cancelled, postponed or moved-online", EventStatuses.Names),
        Field.ListOf(Audience, "who it is for", Content.Audiences.Audiences.Values),
        Field.Integer(Sequence, "how many times the time or status changed after the event was announced; default 0"),
        Field.Text(ScheduleCheck, "the check the build gives for this sequence, start, end, time zone and status"),
        Field.Date(Keys.Updated, "the day the event's details last changed; calendars show it as LAST-MODIFIED"));
}
