using HeartSite.Engine.Templates;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>
/// Issues from <c>input/news/&lt;yyyy-mm&gt;.md</c>: checked, their article ids resolved against the
/// articles pipeline, linked to the issues before and after, and each laid out at
/// <c>/news/&lt;yyyy-mm&gt;/</c> with its intro and its articles in order.
/// </summary>
public static class NewsIssuesPipeline
{
    public const string Name = "news-issues";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        DependsOn = { NewsArticlesPipeline.Name },
        Input =
        {
            new ReadFiles("news/*.md"), new ParseFrontMatter(), new ValidateFrontMatter(NewsSchemas.Issue),
            new CheckIssueFiles(), NewsArticlesPipeline.KeepMarkdown(),
        },
        Process =
        {
            new ResolveArticles(NewsArticlesPipeline.Name),
            SetDestination.AtUrl(d => NewsIssue.UrlOf(CheckIssueFiles.IdOf(d))),
            new RenderMarkdown(),
            new Transform((issues, _) => LinkNeighbours(issues)),
        },
        PostProcess =
        {
            templates.Layout("news-issue", (document, context) =>
            [
                new("issue", document.Get<NewsIssue>(NewsKeys.Issue)),
                new("articles", document.Get<NewsIssue>(NewsKeys.Issue)!.Articles
                    .Select(a => new ArticleInIssue(a, TrustedHtml.FromSafeSource(NewsMarkdown.ToHtml(a.Markdown, context.Settings.Urls.Relative)),
                        document.Get<NewsIssue>(NewsKeys.Issue)!.IsReprint(a))).ToList()),
                new("previous", document.Get<NewsIssue>(NewsKeys.Previous)),
                new("next", document.Get<NewsIssue>(NewsKeys.Next)),
            ]),
        },
        Output = { new WriteFiles() },
    };

    /// <summary>
    /// Orders issues by date, gives each its previous and next issue, and marks the articles an
    /// earlier issue already carried, so readers get those as a short reminder, not the text again.
    /// </summary>
    static IEnumerable<Document> LinkNeighbours(IReadOnlyList<Document> issues)
    {
        var ordered = issues.OrderBy(d => d.Get<NewsIssue>(NewsKeys.Issue)!.Date).ToList();
        var carried = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var issue = ordered[i].Get<NewsIssue>(NewsKeys.Issue)!;
            var before = issue.Articles.Select(a => a.Slug).Where(carried.Contains).ToHashSet(StringComparer.Ordinal);
            carried.UnionWith(issue.Articles.Select(a => a.Slug));
            yield return ordered[i]
                .With(NewsKeys.Issue, issue with { CarriedBefore = before })
                .With(NewsKeys.Previous, i > 0 ? ordered[i - 1].Get<NewsIssue>(NewsKeys.Issue) : null)
                .With(NewsKeys.Next, i < ordered.Count - 1 ? ordered[i + 1].Get<NewsIssue>(NewsKeys.Issue) : null);
        }
    }
}

/// <summary>An article as an issue page shows it: the article, its text rendered for that page, and whether an earlier issue carried it.</summary>
public sealed record ArticleInIssue(NewsArticle Article, TrustedHtml Html, bool Reprint);
