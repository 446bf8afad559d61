using HeartSite.Engine;
using NodaTime;

namespace HeartSite.Content.Events;

/// <summary>
/// Events split at the build's notion of now: upcoming soonest first (an event in progress is
/// still upcoming), then past newest first. Ties break on slug so order never depends on input order.
/// </summary>
public sealed record EventListing(IReadOnlyList<Event> Upcoming, IReadOnlyList<Event> Past)
{
    public static EventListing Split(IEnumerable<Event> events, DateTimeOffset now)
    {
        var instant = Instant.FromDateTimeOffset(now);
        var all = events.ToList();
        return new(
            all.Where(e => e.IsUpcoming(instant)).OrderBy(e => e.Start.ToInstant()).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList(),
            all.Where(e => !e.IsUpcoming(instant)).OrderByDescending(e => e.Start.ToInstant()).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList());
    }

    /// <summary>The events carried by a pipeline's documents.</summary>
    public static IEnumerable<Event> EventsIn(IEnumerable<Document> documents) =>
        documents.Select(d => d.Get<Event>(EventSchema.EventKey)).OfType<Event>();
}
