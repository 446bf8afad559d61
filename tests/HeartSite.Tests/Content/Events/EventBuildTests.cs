using AngleSharp.Html.Parser;

namespace HeartSite.Tests.Content.Events;

/// <summary>Small sites built end to end: the listing against different <c>--now</c> values, statuses, and errors only the whole build sees.</summary>
public class EventBuildTests
{
    static readonly HtmlParser Parser = new();
    static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static void ThreeEvents(EventTestSite site)
    {
        site.Event("first", "title: First\nsummary: S\nstart: 2022-03-10T15:00\nend: 2022-03-10T16:00\nonline: https://example.org/");
        site.Event("second", "title: Second\nsummary: S\nstart: 2022-03-16T15:00\nend: 2022-03-16T16:00\nonline: https://example.org/");
        site.Event("third", "title: Third\nsummary: S\nstart: 2022-04-20T15:00\nend: 2022-04-20T16:00\nonline: https://example.org/");
    }

    /// <summary>The listing as "upcoming | past" slugs, comma-separated, so one assertion shows both halves.</summary>
    static string Listing(EventTestSite site)
    {
        var page = Parser.ParseDocument(site.Read("events/index.html"));
        return $"{string.Join(",", EventsSiteTests.Links(page, "#upcoming + ul"))} | {string.Join(",", EventsSiteTests.Links(page, "#past + ul"))}";
    }

    [Fact]
    public void The_listing_follows_now_and_an_event_in_progress_is_still_upcoming()
    {
        using var site = new EventTestSite();
        ThreeEvents(site);

        Assert.Empty(site.Build(At("2022-03-01T09:00:00-05:00")).Diagnostics);
        Assert.Equal("first,second,third | ", Listing(site));

        Assert.Empty(site.Build(At("2022-03-16T15:30:00-04:00")).Diagnostics);
        Assert.Equal("second,third | first", Listing(site));

        // One minute after the second ends (16:00 EDT is 20:00 UTC).
        Assert.Empty(site.Build(At("2022-03-16T20:01:00Z")).Diagnostics);
        Assert.Equal("third | second,first", Listing(site));
    }

    [Fact]
    public void Upcoming_events_offer_their_join_and_registration_links_and_past_ones_do_not()
    {
        using var site = new EventTestSite();
        const string Links = "online: https://example.org/join\nregistration: https://example.org/register";
        site.Event("past", $"title: Past\nsummary: S\nstart: 2022-02-10T15:00\nend: 2022-02-10T16:00\n{Links}");
        site.Event("next", $"title: Next\nsummary: S\nstart: 2022-04-20T15:00\nend: 2022-04-20T16:00\n{Links}");
        Assert.Empty(site.Build(At("2022-03-01T09:00:00-05:00")).Diagnostics);

        var past = Parser.ParseDocument(site.Read("events/past/index.html")).QuerySelector("main")!;
        Assert.DoesNotContain("Register", past.TextContent);
        Assert.Null(past.QuerySelector("a[href='https://example.org/join']"));
        var next = Parser.ParseDocument(site.Read("events/next/index.html")).QuerySelector("main")!;
        Assert.Equal("Register for Next", next.QuerySelector("a[href='https://example.org/register']")!.TextContent);
        Assert.NotNull(next.QuerySelector("a[href='https://example.org/join']"));
    }

    [Fact]
    public void A_month_only_event_is_upcoming_through_its_month_and_stays_out_of_the_calendar()
    {
        using var site = new EventTestSite();
        site.Event("launch", "title: Launch\nsummary: S\nstart: 2022-03");
        site.Event("hour", "title: Hour\nsummary: S\nstart: 2022-03-10T15:00");
        Assert.Empty(site.Build(At("2022-03-20T09:00:00-04:00")).Diagnostics);
        Assert.Equal("launch | hour", Listing(site));
        var card = Parser.ParseDocument(site.Read("events/index.html")).QuerySelector("#upcoming + ul li")!;
        Assert.Contains("March 2022 \u2014 date to be announced", card.TextContent);
        Assert.False(File.Exists(Path.Combine(site.Output, "events", "launch.ics")));
        Assert.DoesNotContain("UID:launch@", site.Read("events/calendar.ics"));
        Assert.Contains("UID:hour@", site.Read("events/calendar.ics"));

        Assert.Empty(site.Build(At("2022-04-01T00:00:00-04:00")).Diagnostics);
        Assert.Equal(" | hour,launch", Listing(site));
    }

    [Fact]
    public void A_cancelled_event_says_so_in_words_on_its_page_in_lists_and_in_its_calendar()
    {
        using var site = new EventTestSite();
        site.Event("cancelled-hour", "title: Peer Hour\nsummary: S\nstart: 2022-03-10T15:00\nend: 2022-03-10T16:00\n" +
            "online: https://example.org/join\nregistration: https://example.org/register\nstatus: cancelled");
        Assert.Empty(site.Build(At("2022-03-01T09:00:00-05:00")).Diagnostics);

        var page = Parser.ParseDocument(site.Read("events/cancelled-hour/index.html"));
        var status = page.QuerySelector(".event-status")!.TextContent;
        Assert.Contains("Cancelled", status);
        Assert.Contains("will not take place", status);
        Assert.Null(page.QuerySelector("a[href='https://example.org/register']"));
        Assert.Null(page.QuerySelector("a[href='https://example.org/join']"));
        Assert.Contains("EventCancelled", page.QuerySelector("script[type='application/ld+json']")!.TextContent);

        var list = Parser.ParseDocument(site.Read("events/index.html"));
        Assert.Contains("Cancelled", list.QuerySelector("#upcoming + ul li")!.TextContent);
        var ics = site.Read("events/cancelled-hour.ics");
        Assert.Contains("\r\nSTATUS:CANCELLED\r\n", ics);
        Assert.Contains("\r\nSUMMARY:Cancelled: Peer Hour\r\n", ics);
        Assert.DoesNotContain("example.org/register", IcsReading.Unfold(ics));
    }

    [Fact]
    public void A_postponed_event_says_the_date_is_the_original_one()
    {
        using var site = new EventTestSite();
        site.Event("later", "title: Later\nsummary: S\nstart: 2022-03-10T15:00\nend: 2022-03-10T16:00\nplace: 1 Main St, Providence, RI\nstatus: postponed");
        Assert.Empty(site.Build(At("2022-03-01T09:00:00-05:00")).Diagnostics);
        var text = Parser.ParseDocument(site.Read("events/later/index.html")).QuerySelector(".event-status")!.TextContent;
        Assert.Contains("Postponed", text);
        Assert.Contains("original date", text);
        Assert.Contains("\r\nSTATUS:TENTATIVE\r\n", site.Read("events/later.ics"));
        Assert.Contains("\r\nLOCATION:1 Main St\\, Providence\\, RI\r\n", site.Read("events/later.ics"));
    }

    [Fact]
    public void An_unknown_series_is_HS0606_at_the_series_line_and_fails_the_build()
    {
        using var site = new EventTestSite();
        var path = site.Event("x", "title: X\nsummary: S\nstart: 2022-03-10T15:00\nend: 2022-03-10T16:00\nonline: https://example.org/\nseries: webinars");
        var outcome = site.Build(At("2022-03-01T09:00:00-05:00"));
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("HS0606", 7, Path.GetFullPath(path)), (error.Code, error.Line, error.File));
        Assert.Contains("heart-webinar-series", error.Hint);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_series_without_a_title_is_HS0101_at_its_line()
    {
        using var site = new EventTestSite();
        File.WriteAllText(Path.Combine(site.Input, "data", "event-series.yml"), "good:\n  title: Good\n  description: D\nbad:\n  description: D\n");
        var error = Assert.Single(site.Build(At("2022-03-01T09:00:00-05:00")).Diagnostics);
        Assert.Equal(("HS0101", 4), (error.Code, error.Line));
    }

    [Fact]
    public void Without_events_the_site_builds_an_empty_list_and_no_calendar()
    {
        using var site = new EventTestSite();
        Assert.Empty(site.Build(At("2022-03-01T09:00:00-05:00")).Diagnostics);
        Assert.Contains("No upcoming events", site.Read("events/index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "events", "calendar.ics")));
    }
}
