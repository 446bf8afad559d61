using HeartSite.Content;
using HeartSite.Content.Events;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Events;

public class EventScaffoldTests
{
    [Fact]
    public void The_event_type_is_registered_and_scaffolds_a_file_that_validates()
    {
        using var temp = new TempDir();
        var type = Assert.Single(SiteContentTypes.All, t => t.Name == "event");
        temp.Write("events/peer-support-hour.md", "taken");
        var scaffold = type.Scaffold(new ScaffoldRequest("Peer Support Hour: \"Spring\"", new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5)), temp.Path));
        Assert.Equal("events/peer-support-hour-spring.md", scaffold.RelativePath);

        var document = ParseFrontMatter.Parse(Docs.Markdown(scaffold.Text, scaffold.RelativePath), _ => Assert.Fail("front matter"))!;
        var pipeline = new Pipeline("test") { Process = { new Transform((_, _) => [document]), new ValidateFrontMatter(type.Schema), new AssignSlugs(), new ReadEvents("America/New_York") } };
        // A new event is a draft: only a build that includes drafts reads it.
        Assert.Empty(new PipelineEngine([pipeline]).Run(Docs.Settings()).Outputs["test"]);
        var result = new PipelineEngine([pipeline]).Run(Docs.Settings() with { IncludeDrafts = true });
        Assert.Empty(result.Diagnostics);
        var ev = result.Outputs["test"].Single().Get<Event>(EventSchema.EventKey)!;
        Assert.Equal("Peer Support Hour: \"Spring\"", ev.Title);
        Assert.Equal("2022-03-15T15:00:00-04:00", EventTimeText.Iso(ev.Start));
    }

    [Fact]
    public void A_taken_slug_gets_a_number()
    {
        using var temp = new TempDir();
        temp.Write("events/webinar.md", "taken");
        var scaffold = EventScaffold.Write(new ScaffoldRequest("Webinar", DateTimeOffset.UnixEpoch, temp.Path));
        Assert.Equal("events/webinar-2.md", scaffold.RelativePath);
    }
}
