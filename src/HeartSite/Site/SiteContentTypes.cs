using HeartSite.Content;
using HeartSite.Content.Events;
using HeartSite.Content.Glossary;
using HeartSite.Content.TipSheets;
using HeartSite.Content.News;

namespace HeartSite.Site;

/// <summary>The content types editors can scaffold with <c>heartsite new</c>.</summary>
public static class SiteContentTypes
{
    public static IReadOnlyList<ContentType> All { get; } =
    [
        TipSheetScaffold.ContentType,
        GlossaryScaffold.ContentType,
        EventScaffold.ContentType,
        NewsScaffolds.Article,
        NewsScaffolds.Issue,
    ];
}
