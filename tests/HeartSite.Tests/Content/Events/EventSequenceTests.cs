using HeartSite.Content.Events;
using HeartSite.Content.Events.Calendar;
using NodaTime;

namespace HeartSite.Tests.Content.Events;

/// <summary>SEQUENCE and LAST-MODIFIED come from the event's file, and a changed time or status cannot slip out with the old SEQUENCE.</summary>
public class EventSequenceTests
{
    static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5));
    const string Hour = "title: Peer Hour\nsummary: S\nstart: 2022-03-10T15:00\nend: 2022-03-10T16:00";

    /// <summary>The check the build expects for <see cref="Hour"/> at a sequence, with a status.</summary>
    static string CheckFor(int sequence, EventStatus status = EventStatus.Scheduled) => EventSequence.Check(
        EventCalendarTests.Make("hour", new LocalDateTime(2022, 3, 10, 15, 0), new LocalDateTime(2022, 3, 10, 16, 0), status), sequence);

    [Fact]
    public void Sequence_and_updated_become_SEQUENCE_and_LAST_MODIFIED()
    {
        using var site = new EventTestSite();
        site.Event("hour", $"{Hour}\nsequence: 2\nschedule_check: {CheckFor(2)}\nupdated: 2022-02-25");
        Assert.Empty(site.Build(Now).Diagnostics);
        var ics = site.Read("events/hour.ics");
        Assert.Equal("SEQUENCE:2", IcsReading.Property(ics, "SEQUENCE"));
        // Midnight of that day in New York (EST, UTC-5) is 05:00 UTC.
        Assert.Equal("LAST-MODIFIED:20220225T050000Z", IcsReading.Property(ics, "LAST-MODIFIED"));
        Assert.Contains("\r\nSEQUENCE:2\r\n", site.Read("events/calendar.ics"));
    }

    [Fact]
    public void Without_those_settings_the_sequence_is_0_and_there_is_no_LAST_MODIFIED_DTEND_or_LOCATION_to_invent()
    {
        using var site = new EventTestSite();
        site.Event("hour", "title: Peer Hour\nsummary: S\nstart: 2022-03-10T15:00");
        Assert.Empty(site.Build(Now).Diagnostics);
        var ics = IcsReading.Unfold(site.Read("events/hour.ics"));
        Assert.Contains("\r\nSEQUENCE:0\r\n", ics);
        Assert.Contains("\r\nMETHOD:PUBLISH\r\n", ics);
        foreach (var absent in new[] { "LAST-MODIFIED", "DTEND", "LOCATION" })
            Assert.DoesNotContain($"\r\n{absent}", ics);
    }

    [Fact]
    public void A_changed_status_with_the_old_check_is_HS0610_and_following_the_hint_raises_SEQUENCE()
    {
        using var site = new EventTestSite();
        var path = site.Event("hour", $"{Hour}\nstatus: cancelled\nschedule_check: {CheckFor(0)}");
        var error = Assert.Single(site.Build(Now).Diagnostics);
        Assert.Equal(("HS0610", 7, Path.GetFullPath(path)), (error.Code, error.Line, error.File));
        var next = CheckFor(1, EventStatus.Cancelled);
        Assert.Contains($"'sequence: 1' and 'schedule_check: {next}'", error.Hint);
        Assert.False(Directory.Exists(site.Output));

        // Copying the new check without raising the sequence is still caught: the sequence is part of the check.
        site.Event("hour", $"{Hour}\nstatus: cancelled\nschedule_check: {next}");
        Assert.Equal("HS0610", Assert.Single(site.Build(Now).Diagnostics).Code);

        site.Event("hour", $"{Hour}\nstatus: cancelled\nsequence: 1\nschedule_check: {next}");
        Assert.Empty(site.Build(Now).Diagnostics);
        var ics = site.Read("events/hour.ics");
        Assert.Contains("\r\nSEQUENCE:1\r\n", ics);
        Assert.Contains("\r\nSTATUS:CANCELLED\r\n", ics);
    }

    [Fact]
    public void A_moved_start_changes_the_check_too()
    {
        var moved = EventCalendarTests.Make("hour", new LocalDateTime(2022, 3, 10, 16, 0), new LocalDateTime(2022, 3, 10, 17, 0));
        Assert.NotEqual(CheckFor(0), EventSequence.Check(moved, 0));
        Assert.Equal(CheckFor(0), CheckFor(0));
    }

    [Fact]
    public void A_negative_sequence_is_HS0611_at_its_line()
    {
        using var site = new EventTestSite();
        site.Event("hour", $"{Hour}\nsequence: -1");
        var error = Assert.Single(site.Build(Now).Diagnostics);
        Assert.Equal(("HS0611", 6), (error.Code, error.Line));
    }

    [Fact]
    public void Two_builds_with_the_same_now_write_byte_identical_calendars()
    {
        using var site = new EventTestSite();
        site.Event("hour", $"{Hour}\nupdated: 2022-02-25\nplace: 1 Main St, Providence, RI");
        site.Event("later", "title: Later 💬\nsummary: S\nstart: 2022-11-06T01:00\ntime_zone: Europe/Berlin\nstatus: postponed");
        Assert.Empty(site.Build(Now).Diagnostics);
        var first = new[] { "hour.ics", "later.ics", "calendar.ics" }.Select(f => File.ReadAllBytes(Path.Combine(site.Output, "events", f))).ToList();
        Assert.Empty(site.Build(Now).Diagnostics);
        var second = new[] { "hour.ics", "later.ics", "calendar.ics" }.Select(f => File.ReadAllBytes(Path.Combine(site.Output, "events", f))).ToList();
        Assert.Equal(first, second);
    }
}
