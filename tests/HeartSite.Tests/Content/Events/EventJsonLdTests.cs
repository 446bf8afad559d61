using System.Text.Json;
using HeartSite.Content.Events;
using HeartSite.Site;
using NodaTime;

namespace HeartSite.Tests.Content.Events;

public class EventJsonLdTests
{
    static readonly SiteData Site = new("HEART Collective", "t", "d", new HeartSite.Engine.SiteUrls("https://www.heartcollective.info/"), "en-US",
        "America/New_York", "https://example.org/", [], new CrisisLine("988", "988", "988", "https://988lifeline.org/"));

    static JsonElement Parse(Event ev) => JsonDocument.Parse(EventJsonLd.Of(ev, Site)).RootElement;

    static Event Make(EventStatus status = EventStatus.Scheduled, string? online = "https://example.org/join", string? place = null, string title = "Webinar") =>
        EventCalendarTests.Make("heart-webinar-2022-03", new LocalDateTime(2022, 3, 16, 15, 0), new LocalDateTime(2022, 3, 16, 16, 0),
            status, online, place, title);

    [Fact]
    public void An_online_event_has_every_required_field()
    {
        var json = Parse(Make());
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("Webinar", json.GetProperty("name").GetString());
        Assert.Equal("2022-03-16T15:00:00-04:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2022-03-16T16:00:00-04:00", json.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventScheduled", json.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", json.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("https://example.org/join", json.GetProperty("location").GetProperty("url").GetString());
        Assert.Equal("HEART Collective", json.GetProperty("organizer").GetProperty("name").GetString());
        Assert.Equal("https://www.heartcollective.info/", json.GetProperty("organizer").GetProperty("url").GetString());
        Assert.Equal("https://www.heartcollective.info/events/heart-webinar-2022-03/", json.GetProperty("url").GetString());
        Assert.Equal("An hour together.", json.GetProperty("description").GetString());
    }

    [Fact]
    public void Place_and_online_together_are_mixed_with_both_locations()
    {
        var json = Parse(Make(place: "1 Main St, Providence, RI"));
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        var types = json.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("@type").GetString()).ToList();
        Assert.Equal(["Place", "VirtualLocation"], types);
        Assert.Equal("1 Main St, Providence, RI", json.GetProperty("location")[0].GetProperty("address").GetString());
    }

    [Fact]
    public void An_in_person_event_is_offline_at_a_place()
    {
        var json = Parse(Make(online: null, place: "1 Main St"));
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("Place", json.GetProperty("location").GetProperty("@type").GetString());
    }

    [Theory]
    [InlineData(EventStatus.Cancelled, "https://schema.org/EventCancelled")]
    [InlineData(EventStatus.Postponed, "https://schema.org/EventPostponed")]
    [InlineData(EventStatus.MovedOnline, "https://schema.org/EventMovedOnline")]
    public void Status_maps_to_schema_org(EventStatus status, string expected) =>
        Assert.Equal(expected, Parse(Make(status, place: "1 Main St")).GetProperty("eventStatus").GetString());

    [Fact]
    public void A_moved_online_event_is_online_only()
    {
        var json = Parse(Make(EventStatus.MovedOnline, place: "1 Main St"));
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", json.GetProperty("location").GetProperty("@type").GetString());
    }

    [Fact]
    public void Script_closing_tags_and_html_in_text_cannot_break_out_and_still_round_trip()
    {
        const string title = "</script><script>alert('x')</script> & «été»";
        var raw = EventJsonLd.Of(Make(title: title), Site);
        Assert.DoesNotContain("</", raw);
        Assert.DoesNotContain("<", raw);
        Assert.Contains("«été»", raw);
        Assert.Equal(title, JsonDocument.Parse(raw).RootElement.GetProperty("name").GetString());
    }
}
