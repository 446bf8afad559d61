using HeartSite.Content.Events.Calendar;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Site;
using NodaTime;

namespace HeartSite.Content.Events;

/// <summary>
/// Turns validated front matter into an <see cref="Event"/>: resolves the time zone (NodaTime's
/// embedded tzdb, so output never depends on the machine) and the local times in it, and checks
/// what the schema alone cannot. Errors:
/// HS0601 unknown time zone; HS0602 end not after start; HS0603 a local time skipped by a clock
/// change; HS0604 a local time that happens twice; HS0607 moved-online without an online address;
/// HS0609 an end given for an event known only by its month; HS0610 a schedule_check that does not
/// match (the time or status changed without a new sequence, see <see cref="EventSequence"/>);
/// HS0611 a negative sequence. A missing place and link are fine:
/// the page then says where is not announced, rather than the site inventing one. Skipped and repeated times are errors rather than guesses, because an
/// event at 2:30 a.m. on the night clocks change is almost surely a typo, and guessing would
/// publish a time an hour off.
/// </summary>
public sealed class ReadEvents(string defaultZoneId) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var defaultZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(defaultZoneId);
        if (defaultZone is null && inputs.Count > 0)
            context.Report(new Diagnostic(Severity.Error, "HS0601", $"time_zone '{defaultZoneId}' in {SiteData.RelativePath} is not a known time zone",
                ZoneHint(defaultZoneId), Path.GetFullPath(Path.Combine(context.Settings.InputRoot, SiteData.RelativePath))));
        return inputs.AsParallel().AsOrdered()
            .Select(d => context.Guard(d, () => Read(d, defaultZone, context.Report)))
            .Where(d => d is not null).Select(d => d!).ToList();
    }

    /// <summary>The document with its <see cref="Event"/> added, or null after reporting why it cannot be one.</summary>
    public static Document? Read(Document document, DateTimeZone? defaultZone, Action<Diagnostic> report)
    {
        var ok = true;
        void Error(string code, string message, string hint, string? key)
        {
            ok = false;
            report(Diagnostic.Error(code, message, hint, document, key));
        }

        var zoneId = document.GetString(EventSchema.TimeZone);
        var zone = zoneId is null ? defaultZone : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
        if (zone is null)
        {
            if (zoneId is not null) Error("HS0601", $"'{EventSchema.TimeZone}' has unknown time zone '{zoneId}'", ZoneHint(zoneId), EventSchema.TimeZone);
            return null;
        }

        var month = EventDates.Month(document.GetString(EventSchema.Start)!);
        var start = month is { } m ? zone.AtStartOfDay(m.OnDayOfMonth(1)) : Resolve(document, EventSchema.Start, zone, Error);
        var end = document.GetString(EventSchema.End) is null ? null : Resolve(document, EventSchema.End, zone, Error);
        if (month is not null && end is not null)
            Error("HS0609", "an event known only by its month cannot have an 'end'",
                "remove 'end', or give 'start' as a date and time like 2022-01-19T15:00", EventSchema.End);
        else if (start is { } s && end is { } e && e.ToInstant() <= s.ToInstant())
            Error("HS0602", $"'end' ({Local(e)}) is not after 'start' ({Local(s)})",
                "check the date and the time of day; times are 24-hour, so 4 p.m. is 16:00", EventSchema.End);

        var online = document.GetString(EventSchema.Online);
        var place = document.GetString(EventSchema.Place);
        var status = EventStatuses.Parse(document.GetString(EventSchema.Status));
        if (status == EventStatus.MovedOnline && online is null)
            Error("HS0607", "a moved-online event needs 'online', the link to join",
                "add 'online: https://…'", EventSchema.Status);

        var sequence = document.Get<int?>(EventSchema.Sequence) ?? 0;
        if (sequence < 0)
            Error("HS0611", $"'{EventSchema.Sequence}' cannot be negative ({sequence})", "start at 0 and add one each time the time or status changes", EventSchema.Sequence);

        if (!ok || start is null) return null;
        var ev = new Event(document.GetString(Keys.Slug)!, document.GetString(Keys.Title)!, document.GetString(Keys.Summary)!,
            start.Value, end, month is not null, online, place, document.GetString(EventSchema.Registration), document.GetString(EventSchema.Series),
            status, document.Get<IReadOnlyList<string>>(EventSchema.Audience) ?? [],
            sequence, document.Get<DateOnly?>(Keys.Updated) is { } updated ? LocalDate.FromDateOnly(updated) : null);
        if (document.GetString(EventSchema.ScheduleCheck) is { } check && check != EventSequence.Check(ev, sequence))
        {
            Error("HS0610", $"'{EventSchema.ScheduleCheck}' {check} does not match this event's start, end, time zone and status at sequence {sequence}",
                $"if the time or status changed after the event was announced, set 'sequence: {sequence + 1}' and " +
                $"'schedule_check: {EventSequence.Check(ev, sequence + 1)}' so calendars replace the old entry, and 'updated:' to today; " +
                $"if only the check was wrong, set 'schedule_check: {EventSequence.Check(ev, sequence)}'", EventSchema.ScheduleCheck);
            return null;
        }
        return document.With(EventSchema.EventKey, ev);
    }

    static ZonedDateTime? Resolve(Document document, string key, DateTimeZone zone, Action<string, string, string, string?> error)
    {
        if (EventDates.LocalDateTime(document.GetString(key)!, key, error) is not { } local) return null;
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 1) return mapping.Single();
        var transition = mapping.LateInterval.Start;
        var before = transition.WithOffset(mapping.EarlyInterval.WallOffset).LocalDateTime.TimeOfDay;
        var after = transition.WithOffset(mapping.LateInterval.WallOffset).LocalDateTime.TimeOfDay;
        var change = $"{mapping.EarlyInterval.Name} to {mapping.LateInterval.Name}";
        if (mapping.Count == 0)
            error("HS0603", $"'{key}' {Local(local)} does not exist in {zone.Id}: that night clocks jump from {Time(before)} to {Time(after)} ({change})",
                $"choose a time before {Time(before)} or from {Time(after)} on", key);
        else
            error("HS0604", $"'{key}' {Local(local)} happens twice in {zone.Id}: that night clocks go back from {Time(before)} to {Time(after)} ({change})",
                $"choose a time before {Time(after)} or from {Time(before)} on, which happen once", key);
        return null;
    }

    static string ZoneHint(string id)
    {
        var close = DateTimeZoneProviders.Tzdb.Ids.FirstOrDefault(z => string.Equals(z, id, StringComparison.OrdinalIgnoreCase));
        return close is not null
            ? $"did you mean '{close}'? zone names are case-sensitive"
            : "use an IANA zone name such as America/New_York (see the tz database's list of zones)";
    }

    static string Local(ZonedDateTime z) => Local(z.LocalDateTime);
    static string Local(LocalDateTime l) => l.ToString("uuuu-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    static string Time(LocalTime t) => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
