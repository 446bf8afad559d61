using HeartSite.Content.News.Feeds;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>The newsletter's feeds, <c>/news/feed.xml</c> (Atom), <c>/news/rss.xml</c> (RSS 2.0) and <c>/news/feed.json</c> (JSON Feed), built from the issues.</summary>
public static class NewsFeedsPipeline
{
    public const string Name = "news-feeds";
    public const string AtomPath = "/news/feed.xml";
    public const string RssPath = "/news/rss.xml";
    public const string JsonPath = "/news/feed.json";
    public const string Title = "Compassion Action News";
    public const string Description = "The HEART Collective's bimonthly newsletter: practices for compassionate school communities, school mental health events in New England, and new resources.";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        DependsOn = { NewsIssuesPipeline.Name },
        Process =
        {
            new Transform((_, context) =>
            {
                var zone = TimeZone(templates.Site, context);
                var entries = NewsIssue.All(context.OutputsOf(NewsIssuesPipeline.Name)).Reverse()
                    .Select(i => FeedEntry.From(i, templates.Site, zone)).ToList();
                return
                [
                    new Document { Destination = AtomPath.TrimStart('/'), Content = SyndicationFeeds.Atom(entries, templates.Site, AtomPath) },
                    new Document { Destination = RssPath.TrimStart('/'), Content = SyndicationFeeds.Rss(entries, templates.Site, RssPath) },
                    new Document { Destination = JsonPath.TrimStart('/'), Content = JsonFeed.Write(entries, templates.Site, JsonPath) },
                ];
            }),
        },
        Output = { new WriteFiles() },
    };

    static TimeZoneInfo TimeZone(SiteData site, PipelineContext context)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZone, out var zone)) return zone;
        context.Report(new Diagnostic(Severity.Warning, "HS0509", $"the time zone '{site.TimeZone}' in site.yml is not known on this machine; feed times are in UTC",
            "use an IANA zone name such as America/New_York"));
        return TimeZoneInfo.Utc;
    }
}
