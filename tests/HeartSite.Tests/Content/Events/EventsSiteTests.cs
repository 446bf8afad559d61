using System.Text.Json;
using AngleSharp.Html.Parser;
using HeartSite.Languages;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Events;

/// <summary>The real events in <c>input/events/</c>, built once with <c>--now</c> 2022-03-01T09:00-05:00.</summary>
public class EventsSiteTests(SiteFixture site)
{
    // A translation (x.es.md) is the same event in another language, not an event of its own.
    IReadOnlyList<string> Slugs => Directory.GetFiles(Path.Combine(Repo.Input, "events"), "*.md")
        .Where(f => TranslationFiles.Parse(Path.GetFileName(f)) is null)
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    static readonly string[] MonthOnly = ["heart-webinar-2022-01"];

    [Fact]
    public void Every_event_has_a_page_with_valid_json_ld_and_events_with_a_day_an_ics_file_and_a_link_to_it()
    {
        Assert.Empty(site.Outcome.Diagnostics);
        Assert.True(Slugs.Count >= 3);
        foreach (var slug in Slugs)
        {
            var page = site.Page($"events/{slug}/index.html");
            var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
            var json = JsonDocument.Parse(script.TextContent).RootElement;
            foreach (var field in new[] { "name", "startDate", "eventStatus", "organizer", "url", "description" })
                Assert.True(json.TryGetProperty(field, out _), $"{slug}: {field}");
            Assert.Equal(page.QuerySelector("time")!.GetAttribute("datetime"), json.GetProperty("startDate").GetString());
            var ics = Path.Combine(site.Output, "events", slug + ".ics");
            if (MonthOnly.Contains(slug))
            {
                Assert.False(File.Exists(ics), slug);
                Assert.Null(page.QuerySelector($"a[href='/events/{slug}.ics']"));
                continue;
            }
            Assert.Contains("Add to calendar", page.QuerySelector($"a[href='/events/{slug}.ics']")!.TextContent);
            var text = IcsReading.Unfold(File.ReadAllText(ics));
            Assert.Contains($"\r\nUID:{slug}@www.heartcollective.info\r\n", text);
            Assert.Contains("\r\nDTSTAMP:20220301T140000Z\r\n", text);
        }
        var calendar = File.ReadAllText(Path.Combine(site.Output, "events", "calendar.ics"));
        Assert.Equal(Slugs.Count - MonthOnly.Length, calendar.Split("\r\n").Count(l => l == "BEGIN:VEVENT"));
        Assert.DoesNotContain("heart-webinar-2022-01", calendar);
    }

    [Theory]
    [InlineData("heart-learning-collaborative-info-session-2021-08-16", "Monday, August 16, 2021, 12:00 p.m. EDT", "2021-08-16T12:00:00-04:00")]
    [InlineData("heart-learning-collaborative-info-session-2021-09-01", "Wednesday, September 1, 2021, 4:00 p.m. EDT", "2021-09-01T16:00:00-04:00")]
    public void Pages_show_the_start_the_sources_give_in_its_zone_and_no_end_they_do_not_give(string slug, string text, string start)
    {
        var page = site.Page($"events/{slug}/index.html");
        var time = Assert.Single(page.QuerySelectorAll("main .event-facts time"));
        Assert.Equal((start, text), (time.GetAttribute("datetime"), time.TextContent));
        Assert.Contains("America/New_York", page.QuerySelector("main")!.TextContent);
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.False(json.TryGetProperty("endDate", out _));
        Assert.DoesNotContain("DTEND", File.ReadAllText(Path.Combine(site.Output, "events", slug + ".ics")));
    }

    [Fact]
    public void A_month_only_event_shows_the_month_and_that_the_date_is_to_be_announced_with_no_time_anywhere()
    {
        var page = site.Page("events/heart-webinar-2022-01/index.html");
        var time = Assert.Single(page.QuerySelectorAll("main .event-facts time"));
        Assert.Equal(("2022-01", "January 2022 \u2014 date to be announced"), (time.GetAttribute("datetime"), time.TextContent));
        Assert.DoesNotContain("Time zone", page.QuerySelector(".event-facts")!.TextContent);
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("2022-01", json.GetProperty("startDate").GetString());
        Assert.False(json.TryGetProperty("endDate", out _));
    }

    [Fact]
    public void No_event_page_links_off_the_site_or_offers_to_register_because_the_sources_give_no_such_page()
    {
        foreach (var slug in Slugs)
        {
            var main = site.Page($"events/{slug}/index.html").QuerySelector("main")!;
            Assert.Empty(main.QuerySelectorAll("a[href^='http']").Select(a => a.GetAttribute("href")));
            Assert.DoesNotContain("Register", main.TextContent);
            Assert.Contains("Not announced", main.QuerySelector(".event-facts")!.TextContent);
        }
    }

    [Fact]
    public void The_list_puts_past_events_newest_first_and_says_when_none_are_upcoming()
    {
        var page = site.Page("events/index.html");
        Assert.Null(page.QuerySelector("#upcoming + ul"));
        Assert.Contains("No upcoming events", page.QuerySelector("#upcoming + p")!.TextContent);
        Assert.Equal(["heart-webinar-2022-01", "heart-learning-collaborative-info-session-2021-09-01", "heart-learning-collaborative-info-session-2021-08-16"],
            Links(page, "#past + ul"));
        Assert.Equal(Slugs.Count, Links(page, "#past + ul").Count);
        Assert.NotNull(page.QuerySelector("a[href='/events/calendar.ics']"));
    }

    [Fact]
    public void Series_pages_list_their_sessions_and_events_link_to_their_series()
    {
        var series = site.Page("events/series/heart-webinar-series/index.html");
        Assert.Equal("HEART Webinar Series", series.QuerySelector("h1")!.TextContent);
        Assert.Equal(["heart-webinar-2022-01"], Links(series, "#past + ul"));
        var ev = site.Page("events/heart-webinar-2022-01/index.html");
        Assert.NotNull(ev.QuerySelector("a[href='/events/series/heart-webinar-series/']"));
    }

    [Fact]
    public void The_home_page_shows_no_upcoming_events_when_there_are_none_and_the_menu_has_events()
    {
        var home = site.Page("index.html");
        Assert.Null(home.QuerySelector(".home-events"));
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
