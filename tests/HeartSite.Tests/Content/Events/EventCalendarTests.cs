using HeartSite.Content.Events;
using HeartSite.Content.Events.Calendar;
using HeartSite.Site;
using NodaTime;

namespace HeartSite.Tests.Content.Events;

public class EventCalendarTests
{
    static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5));

    static readonly SiteData Site = new("HEART Collective", "t", "d", new HeartSite.Engine.SiteUrls("https://www.heartcollective.info/"), "en-US",
        "America/New_York", "https://example.org/", [], new CrisisLine("988", "988", "988", "https://988lifeline.org/"));

    internal static Event Make(string slug, LocalDateTime start, LocalDateTime end, EventStatus status = EventStatus.Scheduled,
        string? online = "https://mhttcnetwork.org/centers/new-england-mhttc/home", string? place = null, string title = "Peer Support Hour",
        string summary = "An hour together.", DateTimeZone? zone = null) =>
        new(slug, title, summary, (zone ?? NewYork).AtStrictly(start), (zone ?? NewYork).AtStrictly(end), false,
            online, place, online, null, status, ["educators"]);

    static string Property(string calendar, string name) => IcsReading.Property(calendar, name);

    [Fact]
    public void A_calendar_has_version_product_a_stable_uid_a_stamp_from_now_and_zoned_times()
    {
        var ev = Make("peer-support-hour-2022-03-10", new(2022, 3, 10, 15, 0), new(2022, 3, 10, 16, 0));
        var ics = EventCalendar.Write([ev], Site, Now);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HEART Collective//HeartSite//EN\r\n", IcsReading.Canonical(ics));
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.Equal("UID:peer-support-hour-2022-03-10@www.heartcollective.info", Property(ics, "UID"));
        Assert.Equal("DTSTAMP:20220301T140000Z", Property(ics, "DTSTAMP"));
        Assert.Equal("DTSTART;TZID=America/New_York:20220310T150000", Property(ics, "DTSTART"));
        Assert.Equal("DTEND;TZID=America/New_York:20220310T160000", Property(ics, "DTEND"));
        Assert.Equal("URL:https://www.heartcollective.info/events/peer-support-hour-2022-03-10/", Property(ics, "URL"));
        Assert.Equal("STATUS:CONFIRMED", Property(ics, "STATUS"));
        Assert.Equal(ics, EventCalendar.Write([ev], Site, Now));
        Assert.DoesNotContain('\n', ics.Replace("\r\n", ""));
    }

    [Fact]
    public void The_timezone_lists_every_transition_of_the_years_used_from_tzdb()
    {
        var ev = Make("e", new(2022, 3, 10, 15, 0), new(2022, 3, 10, 16, 0));
        var lines = IcsReading.Canonical(EventCalendar.Write([ev], Site, Now)).Split("\r\n");
        var zone = lines.SkipWhile(l => l != "BEGIN:VTIMEZONE").TakeWhile(l => l != "END:VTIMEZONE").ToList();
        Assert.Equal("TZID:America/New_York", zone[1]);
        var observances = string.Join("|", zone.Skip(2));
        Assert.Contains("BEGIN:DAYLIGHT|DTSTART:20220313T020000|TZOFFSETFROM:-0500|TZOFFSETTO:-0400|TZNAME:EDT|END:DAYLIGHT", observances);
        Assert.Contains("BEGIN:STANDARD|DTSTART:20221106T020000|TZOFFSETFROM:-0400|TZOFFSETTO:-0500|TZNAME:EST|END:STANDARD", observances);
        // The observance in force on January 1 starts at its own transition, the previous November.
        Assert.StartsWith("BEGIN:STANDARD|DTSTART:20211107T020000|TZOFFSETFROM:-0400|TZOFFSETTO:-0500|TZNAME:EST", observances);
    }

    [Fact]
    public void A_zone_without_transitions_gets_one_standard_observance()
    {
        var utc = DateTimeZone.Utc;
        var ev = Make("e", new(2022, 3, 10, 15, 0), new(2022, 3, 10, 16, 0), zone: utc);
        var ics = IcsReading.Canonical(EventCalendar.Write([ev], Site, Now));
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:UTC\r\nEND:STANDARD\r\nEND:VTIMEZONE", ics);
    }

    [Theory]
    [InlineData(EventStatus.Cancelled, "STATUS:CANCELLED", "SUMMARY:Cancelled: Peer Support Hour")]
    [InlineData(EventStatus.Postponed, "STATUS:TENTATIVE", "SUMMARY:Postponed: Peer Support Hour")]
    [InlineData(EventStatus.MovedOnline, "STATUS:CONFIRMED", "SUMMARY:Moved online: Peer Support Hour")]
    [InlineData(EventStatus.Scheduled, "STATUS:CONFIRMED", "SUMMARY:Peer Support Hour")]
    public void Status_maps_to_iCalendar_and_shows_in_the_summary(EventStatus status, string expected, string summary)
    {
        var ics = EventCalendar.Write([Make("e", new(2022, 3, 10, 15, 0), new(2022, 3, 10, 16, 0), status)], Site, Now);
        Assert.Equal(expected, Property(ics, "STATUS"));
        Assert.Equal(summary, Property(ics, "SUMMARY"));
    }

    [Fact]
    public void Long_non_ASCII_text_with_special_characters_is_escaped_and_folded()
    {
        var summary = "Écoles, centres de santé; familles — \\ « ensemble » 💬 " + string.Concat(Enumerable.Repeat("été ", 30));
        var ics = EventCalendar.Write([Make("e", new(2022, 3, 10, 15, 0), new(2022, 3, 10, 16, 0), summary: summary,
            place: "1 Main St, Providence, RI")], Site, Now);
        Assert.All(ics.Split("\r\n"), l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));
        var description = Property(ics, "DESCRIPTION");
        Assert.StartsWith("DESCRIPTION:" + IcsReading.Escaped(summary) + @"\n\nJoin online: ", description);
        Assert.Contains(@"Écoles\, centres de santé\; familles — \\ « ensemble » 💬", description);
        Assert.Equal(@"LOCATION:1 Main St\, Providence\, RI and online: https://mhttcnetwork.org/centers/new-england-mhttc/home",
            Property(ics, "LOCATION"));
    }

    [Fact]
    public void A_calendar_of_several_events_writes_each_zone_once_and_spans_their_years()
    {
        var events = new[]
        {
            Make("a", new(2021, 8, 16, 12, 0), new(2021, 8, 16, 13, 0)),
            Make("b", new(2022, 5, 18, 15, 0), new(2022, 5, 18, 16, 0)),
        };
        var ics = EventCalendar.Write(events, Site, Now, "HEART Collective events");
        Assert.Single(ics.Split("\r\n"), l => l == "BEGIN:VTIMEZONE");
        Assert.Contains("DTSTART:20210314T020000", ics);
        Assert.Contains("DTSTART:20221106T020000", ics);
        Assert.Equal(2, ics.Split("\r\n").Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains("X-WR-CALNAME:HEART Collective events\r\n", ics);
    }
}
