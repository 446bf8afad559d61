using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using HeartSite.Site;

namespace HeartSite.Content.Events;

/// <summary>
/// The schema.org <c>Event</c> of an event page as JSON-LD, built with System.Text.Json. The
/// encoder escapes <c>&lt; &gt; &amp; ' "</c> in every string, so text such as <c>&lt;/script&gt;</c>
/// cannot end the script element it is embedded in; other characters stay readable. A month-only
/// event gives only its month (<c>"2022-01"</c>), never a time; what is not known (end, location) is left out.
/// </summary>
public static class EventJsonLd
{
    static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Of(Event ev, SiteData site)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = ev.Title,
            ["description"] = ev.Summary,
            ["startDate"] = ev.MonthOnly ? EventTimeText.MonthIso(ev.Start) : EventTimeText.Iso(ev.Start),
            ["eventStatus"] = ev.Status.SchemaOrg(),
            ["organizer"] = new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = site.Title,
                ["url"] = site.Urls.Absolute("/"),
            },
            ["url"] = site.Urls.Absolute(ev.Url),
        };
        if (ev.End is { } end) json["endDate"] = EventTimeText.Iso(end);
        if (ev.HasLocation)
        {
            json["eventAttendanceMode"] = AttendanceMode(ev);
            json["location"] = Location(ev);
        }
        return json.ToJsonString(Options);
    }

    static string AttendanceMode(Event ev) => (ev.IsOnline, ev.IsInPerson) switch
    {
        (true, true) => "https://schema.org/MixedEventAttendanceMode",
        (true, false) => "https://schema.org/OnlineEventAttendanceMode",
        _ => "https://schema.org/OfflineEventAttendanceMode",
    };

    static JsonNode Location(Event ev)
    {
        var places = new JsonArray();
        if (ev.IsInPerson) places.Add((JsonNode)new JsonObject { ["@type"] = "Place", ["name"] = ev.Place, ["address"] = ev.Place });
        if (ev.IsOnline) places.Add((JsonNode)new JsonObject { ["@type"] = "VirtualLocation", ["url"] = ev.Online });
        return places.Count == 1 ? places[0]!.DeepClone() : places;
    }
}
