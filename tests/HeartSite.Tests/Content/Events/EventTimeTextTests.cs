using HeartSite.Content.Events;
using NodaTime;

namespace HeartSite.Tests.Content.Events;

/// <summary>Both sides of the 2022 clock changes in New York: March 13 (EST to EDT) and November 6 (EDT to EST).</summary>
public class EventTimeTextTests
{
    static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    static EventTimeText At(int month, int day, int hour = 15) =>
        EventTimeText.Of(NewYork.AtStrictly(new LocalDateTime(2022, month, day, hour, 0)), NewYork.AtStrictly(new LocalDateTime(2022, month, day, hour + 1, 0)));

    [Theory]
    [InlineData(3, 12, "EST", "2022-03-12T15:00:00-05:00", "UTC−05:00")]
    [InlineData(3, 14, "EDT", "2022-03-14T15:00:00-04:00", "UTC−04:00")]
    [InlineData(11, 5, "EDT", "2022-11-05T15:00:00-04:00", "UTC−04:00")]
    [InlineData(11, 7, "EST", "2022-11-07T15:00:00-05:00", "UTC−05:00")]
    public void Each_side_of_a_clock_change_shows_its_own_abbreviation_and_offset(int month, int day, string zone, string iso, string offset)
    {
        var text = At(month, day);
        Assert.Equal(iso, text.StartIso);
        Assert.EndsWith($"4:00 p.m. {zone}", text.EndText);
        Assert.Equal(offset, text.Offset);
        Assert.Equal("America/New_York", text.ZoneId);
    }

    [Fact]
    public void A_same_day_event_names_the_date_once_and_the_zone_at_the_end()
    {
        var text = At(1, 19);
        Assert.Equal("Wednesday, January 19, 2022, 3:00 p.m.", text.StartText);
        Assert.Equal("4:00 p.m. EST", text.EndText);
    }

    [Fact]
    public void An_event_across_a_clock_change_shows_both_abbreviations()
    {
        var text = EventTimeText.Of(NewYork.AtStrictly(new LocalDateTime(2022, 11, 5, 20, 0)), NewYork.AtStrictly(new LocalDateTime(2022, 11, 6, 9, 0)));
        Assert.Equal("Saturday, November 5, 2022, 8:00 p.m. EDT", text.StartText);
        Assert.Equal("Sunday, November 6, 2022, 9:00 a.m. EST", text.EndText);
        Assert.Equal("2022-11-06T09:00:00-05:00", text.EndIso);
    }

    [Theory]
    [InlineData(0, 5, "12:05 a.m.")]
    [InlineData(9, 30, "9:30 a.m.")]
    [InlineData(12, 0, "12:00 p.m.")]
    [InlineData(16, 0, "4:00 p.m.")]
    public void Times_read_as_twelve_hour_clock(int hour, int minute, string expected) =>
        Assert.Equal(expected, EventTimeText.Time(new LocalTime(hour, minute)));
}
