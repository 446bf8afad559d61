namespace HeartSite.Content.Events;

/// <summary>What is happening to an event, and how each status reads in front matter, on the page, in iCalendar and in schema.org.</summary>
public enum EventStatus { Scheduled, Cancelled, Postponed, MovedOnline }

public static class EventStatuses
{
    /// <summary>The values editors write in front matter, in the order hints list them.</summary>
    public static readonly IReadOnlyList<string> Names = ["scheduled", "cancelled", "postponed", "moved-online"];

    public static EventStatus Parse(string? name) => name switch
    {
        "cancelled" => EventStatus.Cancelled,
        "postponed" => EventStatus.Postponed,
        "moved-online" => EventStatus.MovedOnline,
        _ => EventStatus.Scheduled,
    };

    public static string Name(this EventStatus status) => Names[(int)status];

    /// <summary>The words a reader sees, so a status never depends on colour alone; empty when scheduled.</summary>
    public static string Label(this EventStatus status) => status switch
    {
        EventStatus.Cancelled => "Cancelled",
        EventStatus.Postponed => "Postponed",
        EventStatus.MovedOnline => "Moved online",
        _ => "",
    };

    /// <summary>RFC 5545 STATUS: there is no "postponed", and TENTATIVE is the closest honest value.</summary>
    public static string ICalendar(this EventStatus status) => status switch
    {
        EventStatus.Cancelled => "CANCELLED",
        EventStatus.Postponed => "TENTATIVE",
        _ => "CONFIRMED",
    };

    public static string SchemaOrg(this EventStatus status) => status switch
    {
        EventStatus.Cancelled => "https://schema.org/EventCancelled",
        EventStatus.Postponed => "https://schema.org/EventPostponed",
        EventStatus.MovedOnline => "https://schema.org/EventMovedOnline",
        _ => "https://schema.org/EventScheduled",
    };
}
