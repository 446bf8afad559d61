using HeartSite.Content.Events;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Events;

/// <summary>Front matter that cannot make an event, reported at the offending line with its HS06xx (or generic HS01xx) code.</summary>
public class ReadEventsTests
{
    const string Valid = "title: T\nsummary: S\nstart: 2022-03-10T15:00\nend: 2022-03-10T16:00\nonline: https://example.org/join";

    static (IReadOnlyList<Document> Output, IReadOnlyList<Diagnostic> Diagnostics) Read(string frontMatter, string defaultZone = "America/New_York")
    {
        var document = ParseFrontMatter.Parse(Docs.Markdown($"---\n{frontMatter}\n---\nBody", "events/test-event.md"), _ => throw new InvalidOperationException())!;
        var pipeline = new Pipeline("test")
        {
            Process = { new Transform((_, _) => [document]), new ValidateFrontMatter(EventSchema.Schema), new AssignSlugs(), new ReadEvents(defaultZone) },
        };
        var result = new PipelineEngine([pipeline]).Run(Docs.Settings());
        return (result.Outputs["test"], result.Diagnostics);
    }

    static Diagnostic Error(string frontMatter)
    {
        var (output, diagnostics) = Read(frontMatter);
        Assert.Empty(output);
        return Assert.Single(diagnostics);
    }

    [Fact]
    public void Valid_front_matter_becomes_an_event_in_the_default_zone()
    {
        var (output, diagnostics) = Read(Valid);
        Assert.Empty(diagnostics);
        var ev = output.Single().Get<Event>(EventSchema.EventKey)!;
        Assert.Equal(("test-event", "America/New_York", EventStatus.Scheduled), (ev.Slug, ev.Zone.Id, ev.Status));
        Assert.Equal("2022-03-10T15:00:00-05:00", EventTimeText.Iso(ev.Start));
    }

    [Fact]
    public void An_explicit_zone_overrides_the_default()
    {
        var ev = Read(Valid + "\ntime_zone: Europe/London").Output.Single().Get<Event>(EventSchema.EventKey)!;
        Assert.Equal("2022-03-10T15:00:00+00:00", EventTimeText.Iso(ev.Start));
    }

    [Fact]
    public void End_before_start_is_HS0602_at_the_end_line()
    {
        var error = Error("title: T\nsummary: S\nstart: 2022-03-10T16:00\nend: 2022-03-10T15:00\nonline: https://example.org/");
        Assert.Equal(("HS0602", 5), (error.Code, error.Line));
        Assert.Equal("'end' (2022-03-10T15:00) is not after 'start' (2022-03-10T16:00)", error.Message);
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_is_HS0603_at_its_line()
    {
        var error = Error("title: T\nsummary: S\nstart: 2022-03-13T02:30\nend: 2022-03-13T04:00\nonline: https://example.org/");
        Assert.Equal(("HS0603", 4), (error.Code, error.Line));
        Assert.Contains("clocks jump from 02:00 to 03:00 (EST to EDT)", error.Message);
        Assert.Equal("choose a time before 02:00 or from 03:00 on", error.Hint);
    }

    [Fact]
    public void A_time_repeated_by_fall_back_is_HS0604_at_its_line()
    {
        var error = Error("title: T\nsummary: S\nstart: 2022-11-06T00:30\nend: 2022-11-06T01:30\nonline: https://example.org/");
        Assert.Equal(("HS0604", 5), (error.Code, error.Line));
        Assert.Contains("happens twice in America/New_York: that night clocks go back from 02:00 to 01:00 (EDT to EST)", error.Message);
    }

    [Fact]
    public void An_unknown_zone_is_HS0601_at_the_time_zone_line_with_a_suggestion()
    {
        var error = Error(Valid + "\ntime_zone: america/new_york");
        Assert.Equal(("HS0601", 7), (error.Code, error.Line));
        Assert.Equal("did you mean 'America/New_York'? zone names are case-sensitive", error.Hint);
        Assert.Equal("HS0601", Error(Valid + "\ntime_zone: Eastern").Code);
    }

    [Fact]
    public void An_unknown_default_zone_is_HS0601_against_site_yml()
    {
        var (output, diagnostics) = Read(Valid, defaultZone: "Mars/Olympus_Mons");
        Assert.Empty(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal("HS0601", error.Code);
        Assert.EndsWith("data/site.yml", error.File!.Replace('\\', '/'));
    }

    [Fact]
    public void Where_and_end_may_be_unknown_and_a_start_may_be_only_a_month()
    {
        var (output, diagnostics) = Read("title: T\nsummary: S\nstart: 2021-08-16T12:00");
        Assert.Empty(diagnostics);
        var ev = output.Single().Get<Event>(EventSchema.EventKey)!;
        Assert.Equal((null, false, false), (ev.End, ev.HasLocation, ev.MonthOnly));

        var month = Read("title: T\nsummary: S\nstart: 2022-01").Output.Single().Get<Event>(EventSchema.EventKey)!;
        Assert.True(month.MonthOnly);
        Assert.False(month.HasCalendar);
        Assert.Equal("2022-01", EventTimeText.MonthIso(month.Start));
        // It stays upcoming until its month is over, in its own zone.
        Assert.True(month.IsUpcoming(NodaTime.Instant.FromUtc(2022, 2, 1, 4, 59)));
        Assert.False(month.IsUpcoming(NodaTime.Instant.FromUtc(2022, 2, 1, 5, 0)));
    }

    [Fact]
    public void A_month_only_start_with_an_end_is_HS0609_and_a_malformed_start_is_HS0103_or_HS0105()
    {
        var ended = Error("title: T\nsummary: S\nstart: 2022-01\nend: 2022-01-19T16:00");
        Assert.Equal(("HS0609", 5), (ended.Code, ended.Line));
        var bad = Error("title: T\nsummary: S\nstart: January 2022");
        Assert.Equal(("HS0103", 4), (bad.Code, bad.Line));
        Assert.Contains("only year-month, like 2022-01", bad.Hint);
        Assert.Equal("HS0103", Error("title: T\nsummary: S\nstart: 2022-13").Code);
        Assert.Equal("HS0105", Error("title: T\nsummary: S\nstart: 2022-02-30T15:00").Code);
    }

    [Fact]
    public void Moved_online_without_an_online_link_is_HS0607_at_the_status_line()
    {
        var error = Error("title: T\nsummary: S\nstart: 2022-03-10T15:00\nend: 2022-03-10T16:00\nplace: 1 Main St\nstatus: moved-online");
        Assert.Equal(("HS0607", 7), (error.Code, error.Line));
    }

    [Theory]
    [InlineData("status: canceled", "HS0102", 7)]
    [InlineData("audience:\n  - teachers", "HS0102", 8)]
    [InlineData("registration: sign up by email", "HS0107", 7)]
    [InlineData("start: 2022-02-30T15:00", "HS0105", 6)]
    public void Generic_schema_errors_keep_their_HS01xx_codes_and_lines(string line, string code, int lineNumber)
    {
        var (output, diagnostics) = Read(Valid.Replace("start: 2022-03-10T15:00\n", line.StartsWith("start") ? "" : "start: 2022-03-10T15:00\n") + "\n" + line);
        Assert.Empty(output);
        Assert.Contains(diagnostics, d => d.Code == code && d.Line == lineNumber);
    }

    [Fact]
    public void Missing_title_start_or_summary_is_HS0101()
    {
        var codes = Read("end: 2022-03-10T16:00\nonline: https://example.org/").Diagnostics.Select(d => d.Code).Distinct();
        Assert.Equal(["HS0101"], codes);
    }
}
