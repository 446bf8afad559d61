namespace HeartSite.Content.Events;

/// <summary>An event as the theme's templates see it: text ready to print, links as site paths.</summary>
public sealed record EventView(
    string Slug, string Title, string Summary, string Url, string? CalendarUrl,
    EventTimeText When, string Status, string StatusLabel, string StatusNote,
    bool Online, string? JoinUrl, string? Place, string? Registration, bool WhereAnnounced,
    string? SeriesTitle, string? SeriesUrl, bool Upcoming)
{
    public static EventView Of(Event ev, IReadOnlyDictionary<string, EventSeries> series, DateTimeOffset now, Languages.LanguageStrings? words = null)
    {
        var inSeries = ev.Series is null ? null : series.GetValueOrDefault(ev.Series);
        var upcoming = ev.IsUpcoming(NodaTime.Instant.FromDateTimeOffset(now));
        // Joining and registering end with the event; a cancelled event takes neither.
        var open = upcoming && ev.Status != EventStatus.Cancelled;
        return new(ev.Slug, ev.Title, ev.Summary, ev.Url, ev.HasCalendar ? ev.CalendarUrl : null,
            EventTimeText.Of(ev, words is null ? null : EventWords.Of(words)),
            ev.Status.Name(), words is null || ev.Status == EventStatus.Scheduled ? ev.Status.Label() : words.Text($"status_{Key(ev.Status)}"),
            words is null || ev.Status == EventStatus.Scheduled ? NoteFor(ev.Status) : words.Text($"note_{Key(ev.Status)}"),
            ev.IsOnline, open ? ev.Online : null, ev.IsInPerson ? ev.Place : null, open ? ev.Registration : null, ev.HasLocation,
            inSeries?.Title, inSeries?.Url, upcoming);
    }

    /// <summary>What the status means for a reader, in words (never colour alone); empty when scheduled.</summary>
    static string NoteFor(EventStatus status) => status switch
    {
        EventStatus.Cancelled => "This event is cancelled and will not take place.",
        EventStatus.Postponed => "This event is postponed. The date shown is the original date; a new date has not been announced yet.",
        EventStatus.MovedOnline => "This event has moved online. Join with the online link instead of attending in person.",
        _ => "",
    };

    static string Key(EventStatus status) => status.Name().Replace('-', '_');
}
