using HeartSite.Content.Pages;
using HeartSite.Engine;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>Compassion Action News: every pipeline it needs, and what it offers the home page.</summary>
public static class NewsPipelines
{
    public static IReadOnlyList<Pipeline> Create(SiteTemplates templates) =>
    [
        NewsArticlesPipeline.Create(templates),
        NewsIssuesPipeline.Create(templates),
        NewsArchivePipeline.Create(templates),
        NewsEmailPipeline.Create(templates),
        NewsFeedsPipeline.Create(templates),
    ];

    /// <summary><c>latestIssue</c> on the home page: the newest issue, or null before the first one.</summary>
    public static readonly HomeSection LatestIssue = new("latestIssue",
        context => NewsIssue.All(context.OutputsOf(NewsIssuesPipeline.Name)).LastOrDefault());
}
