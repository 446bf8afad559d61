using HeartSite.Content.Assets;
using HeartSite.Content.Audiences;
using HeartSite.Content.Events;
using HeartSite.Content.FindHelp;
using HeartSite.Content.Glossary;
using HeartSite.Content.NotFound;
using HeartSite.Content.News;
using HeartSite.Content.Pages;
using HeartSite.Content.Redirects;
using HeartSite.Content.Sitemap;
using HeartSite.Content.TipSheets;
using HeartSite.Engine;

namespace HeartSite.Site;

/// <summary>The site's table of contents: every pipeline a build runs.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> Create(SiteTemplates templates) =>
    [
        PagesPipeline.Create(templates,
            NewsPipelines.LatestIssue,
            EventsPipeline.HomeSection(templates.Languages.CurrentStrings),
            TipSheetsPipeline.HomeSection,
            AudiencesPipeline.HomeSection(templates.Languages.CurrentStrings)),
        TipSheetsPipeline.Create(templates),
        GlossaryPipeline.Create(templates),
        .. NewsPipelines.Create(templates),
        EventSeriesPipeline.Create(templates),
        EventsPipeline.Create(templates),
        FindHelp.Type.Pipeline(templates),
        AudiencesPipeline.Create(templates),
        AssetsPipeline.Create(),
        NotFoundPipeline.Create(templates),
        RedirectsPipeline.Create(templates.Site, templates.Languages.CurrentStrings),
        SitemapPipeline.Create(templates.Languages),
    ];
}
