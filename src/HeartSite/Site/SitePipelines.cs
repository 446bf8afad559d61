using HeartSite.Content.Assets;
using HeartSite.Content.News;
using HeartSite.Content.Pages;
using HeartSite.Engine;

namespace HeartSite.Site;

/// <summary>The site's table of contents: every pipeline a build runs.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> Create(SiteTemplates templates) =>
    [
        PagesPipeline.Create(templates, NewsPipelines.LatestIssue),
        AssetsPipeline.Create(),
        .. NewsPipelines.Create(templates),
    ];
}
