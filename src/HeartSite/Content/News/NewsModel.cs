using HeartSite.Engine;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>One article as issues, emails and feeds see it: its front matter and its Markdown as written.</summary>
public sealed record NewsArticle(string Slug, string Title, string Summary, string? Author, DateOnly Date, string Markdown)
{
    /// <summary>An article page's site path: <c>/news/articles/&lt;slug&gt;/</c>.</summary>
    public static string UrlOf(string slug) => $"/news/articles/{slug}/";

    public string Url => UrlOf(Slug);

    public static NewsArticle From(Document article) => new(
        article.GetString(Keys.Slug)!, article.GetString(Keys.Title)!, article.GetString(Keys.Summary)!,
        article.GetString(NewsKeys.Author), article.Get<DateOnly>(NewsKeys.Date), article.GetString(NewsKeys.Markdown) ?? "");
}

/// <summary>
/// One issue with its articles resolved. <see cref="Id"/> is its <c>yyyy-mm</c> file name, which
/// is also its address: <c>/news/2022-03/</c>.
/// </summary>
public sealed record NewsIssue(string Id, int Number, DateOnly Date, string Title, string Summary, string IntroMarkdown,
    IReadOnlyList<NewsArticle> Articles)
{
    /// <summary>An issue page's site path: <c>/news/&lt;yyyy-mm&gt;/</c>; its email editions sit beside it.</summary>
    public static string UrlOf(string id) => $"/news/{id}/";

    public string Url => UrlOf(Id);
    public string EmailUrl => Url + NewsEmailPipeline.EmailFile;
    public string TextUrl => Url + NewsEmailPipeline.TextFile;

    /// <summary>The slugs of this issue's articles that an earlier issue already carried in full.</summary>
    public IReadOnlySet<string> CarriedBefore { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True when an earlier issue carried <paramref name="article"/>: this issue shows its title, summary and a link, not the whole text.</summary>
    public bool IsReprint(NewsArticle article) => CarriedBefore.Contains(article.Slug);

    /// <summary>The resolved issues of a pipeline's documents, oldest first.</summary>
    public static IReadOnlyList<NewsIssue> All(IEnumerable<Document> issues) => issues
        .Select(d => d.Get<NewsIssue>(NewsKeys.Issue)).OfType<NewsIssue>()
        .OrderBy(i => i.Date).ThenBy(i => i.Number).ToList();
}
