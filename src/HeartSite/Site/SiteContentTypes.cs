using HeartSite.Content;
using HeartSite.Content.News;

namespace HeartSite.Site;

/// <summary>The content types editors can scaffold with <c>heartsite new</c>.</summary>
public static class SiteContentTypes
{
    public static IReadOnlyList<ContentType> All { get; } =
    [
        NewsScaffolds.Article,
        NewsScaffolds.Issue,
    ];
}
