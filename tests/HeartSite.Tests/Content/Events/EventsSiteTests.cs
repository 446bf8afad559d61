using System.Text.Json;
using AngleSharp.Html.Parser;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Events;

/// <summary>The real events in <c>input/events/</c>, built once with <c>--now</c> 2022-03-01T09:00-05:00.</summary>
public class EventsSiteTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    IReadOnlyList<string> Slugs => Directory.GetFiles(Path.Combine(Repo.Input, "events"), "*.md")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    [Fact]
    public void Every_event_has_a_page_with_valid_json_ld_an_ics_file_and_a_link_to_it()
    {
        Assert.Empty(site.Outcome.Diagnostics);
        Assert.True(Slugs.Count >= 8);
        foreach (var slug in Slugs)
        {
            var page = site.Page($"events/{slug}/index.html");
            Assert.NotNull(page.QuerySelector($"a[href='/events/{slug}.ics']"));
            Assert.Contains("Add to calendar", page.QuerySelector($"a[href='/events/{slug}.ics']")!.TextContent);
            var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
            var json = JsonDocument.Parse(script.TextContent).RootElement;
            foreach (var field in new[] { "name", "startDate", "endDate", "eventStatus", "eventAttendanceMode", "location", "organizer", "url", "description" })
                Assert.True(json.TryGetProperty(field, out _), $"{slug}: {field}");
            Assert.Equal(page.QuerySelector("time")!.GetAttribute("datetime"), json.GetProperty("startDate").GetString());

            var ics = HeartSite.Content.Events.Calendar.ContentLines.Unfold(File.ReadAllText(Path.Combine(site.Output, "events", slug + ".ics")));
            Assert.Contains($"\r\nUID:{slug}@www.heartcollective.info\r\n", ics);
            Assert.Contains("\r\nDTSTAMP:20220301T140000Z\r\n", ics);
        }
        var calendar = File.ReadAllText(Path.Combine(site.Output, "events", "calendar.ics"));
        Assert.Equal(Slugs.Count, calendar.Split("\r\n").Count(l => l == "BEGIN:VEVENT"));
    }

    [Theory]
    [InlineData("peer-support-hour-2021-11-04", "EDT", "2021-11-04T15:00:00-04:00")]
    [InlineData("peer-support-hour-2021-11-18", "EST", "2021-11-18T15:00:00-05:00")]
    [InlineData("peer-support-hour-2022-03-10", "EST", "2022-03-10T15:00:00-05:00")]
    [InlineData("heart-webinar-2022-03", "EDT", "2022-03-16T15:00:00-04:00")]
    [InlineData("heart-learning-collaborative-info-session-2021-08-16", "EDT", "2021-08-16T12:00:00-04:00")]
    [InlineData("heart-learning-collaborative-info-session-2021-09-01", "EDT", "2021-09-01T16:00:00-04:00")]
    public void Pages_show_the_zone_abbreviation_of_their_own_date_and_the_offset(string slug, string abbreviation, string start)
    {
        var times = site.Page($"events/{slug}/index.html").QuerySelectorAll("main time");
        Assert.Equal(start, times[0].GetAttribute("datetime"));
        Assert.EndsWith(" " + abbreviation, times[1].TextContent);
        Assert.Contains("America/New_York", site.Page($"events/{slug}/index.html").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_list_puts_upcoming_events_soonest_first_then_past_events_newest_first()
    {
        var page = site.Page("events/index.html");
        var upcoming = Links(page, "#upcoming + ul");
        var past = Links(page, "#past + ul");
        Assert.Equal(["peer-support-hour-2022-03-10", "heart-webinar-2022-03", "peer-support-hour-2022-03-24", "heart-webinar-2022-04", "heart-webinar-2022-05"], upcoming);
        Assert.Equal("heart-webinar-2022-02", past[0]);
        Assert.Equal("compassionate-conversations-2021-03", past[^1]);
        Assert.Equal(Slugs.Count, upcoming.Count + past.Count);
        Assert.NotNull(page.QuerySelector("a[href='/events/calendar.ics']"));
    }

    [Fact]
    public void Past_events_offer_no_registration_and_upcoming_ones_do()
    {
        var past = site.Page("events/heart-webinar-2022-01/index.html").QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Register", past);
        var upcoming = site.Page("events/heart-webinar-2022-04/index.html");
        Assert.NotNull(upcoming.QuerySelector("a[href='https://mhttcnetwork.org/centers/new-england-mhttc/home']"));
        Assert.Contains("Register for", upcoming.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Series_pages_list_their_sessions_and_events_link_to_their_series()
    {
        var series = site.Page("events/series/heart-webinar-series/index.html");
        Assert.Equal("HEART Webinar Series", series.QuerySelector("h1")!.TextContent);
        Assert.Equal(["heart-webinar-2022-03", "heart-webinar-2022-04", "heart-webinar-2022-05"], Links(series, "#upcoming + ul"));
        Assert.Equal(["heart-webinar-2022-02", "heart-webinar-2022-01"], Links(series, "#past + ul"));
        var ev = site.Page("events/heart-webinar-2022-01/index.html");
        Assert.NotNull(ev.QuerySelector("a[href='/events/series/heart-webinar-series/']"));
    }

    [Fact]
    public void The_home_page_shows_the_next_three_events_and_the_menu_has_events()
    {
        var home = site.Page("index.html");
        var items = home.QuerySelectorAll(".home-events li h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/events/peer-support-hour-2022-03-10/", "/events/heart-webinar-2022-03/", "/events/peer-support-hour-2022-03-24/"], items);
        Assert.NotNull(home.QuerySelector("nav a[href='/events/']"));
        Assert.Equal("/events/", site.Page("events/heart-webinar-2022-01/index.html").QuerySelector("nav a[aria-current='page']")?.GetAttribute("href"));
    }

    [Fact]
    public void Event_pages_have_one_h1_and_no_skipped_heading_levels()
    {
        foreach (var path in site.Pages.Where(p => p.StartsWith("events/") || p == "index.html"))
        {
            var levels = site.Page(path).QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => h.LocalName[1] - '0').ToList();
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++) Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} then h{levels[i]}");
        }
    }

    internal static List<string> Links(AngleSharp.Dom.IParentNode page, string list) =>
        page.QuerySelectorAll($"{list} > li h3 a").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToList();
}
