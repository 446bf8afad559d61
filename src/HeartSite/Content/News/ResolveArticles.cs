using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Incremental;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;

namespace HeartSite.Content.News;

/// <summary>
/// Turns each issue's <c>articles</c> ids into the articles the articles pipeline read, and stores
/// the resolved <see cref="NewsIssue"/>. An id that names no article is an error at that list
/// item's line (HS0504), with the closest id as a suggestion; naming one article twice is HS0507.
/// </summary>
public sealed class ResolveArticles(string articlesPipeline) : IReadsFiles
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var articles = context.OutputsOf(articlesPipeline).Select(NewsArticle.From)
            .ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var output = new List<Document>();
        foreach (var issue in inputs)
        {
            var ids = issue.Get<IReadOnlyList<string>>(NewsKeys.Articles) ?? [];
            var resolved = new List<NewsArticle>();
            var ok = true;
            for (var i = 0; i < ids.Count; i++)
            {
                var key = $"{NewsKeys.Articles}[{i}]";
                if (ids.Take(i).Contains(ids[i], StringComparer.Ordinal))
                {
                    context.Report(Diagnostic.Error("HS0507", $"the article '{ids[i]}' is listed twice in this issue",
                        "remove the second mention", issue, key));
                    ok = false;
                }
                else if (articles.TryGetValue(ids[i], out var article)) resolved.Add(article);
                else if (NotYetPublished(ids[i], context) is { } why)
                {
                    // An issue may not go out before the articles it lists: readers would find holes in it.
                    context.Report(Diagnostic.Error("HS0510", $"the article '{ids[i]}' {why}, so this issue cannot be published yet",
                        "publish the article first (or with this issue), or take it out of this issue's 'articles'", issue, key));
                    ok = false;
                }
                else
                {
                    context.Report(Diagnostic.Error("HS0504", $"there is no article '{ids[i]}' in news/articles/", Hint(ids[i], articles.Keys), issue, key));
                    ok = false;
                }
            }
            if (!ok) continue;
            output.Add(issue.With(NewsKeys.Issue, new NewsIssue(CheckIssueFiles.IdOf(issue), issue.Get<int>(NewsKeys.Number),
                issue.Get<DateOnly>(NewsKeys.Date), issue.GetString(Site.Keys.Title)!, issue.GetString(Site.Keys.Summary)!,
                issue.GetString(NewsKeys.Markdown) ?? "", resolved)));
        }
        return output;
    }

    /// <summary>Why an article file that exists is not on the site at the build's clock; null when there is no such file.</summary>
    static string? NotYetPublished(string id, PipelineContext context)
    {
        var path = Path.Combine(context.Settings.InputRoot, "news", "articles", id + ".md");
        if (!File.Exists(path)) return null;
        var raw = ParseFrontMatter.Parse(new Document { Source = path, Content = ReadFiles.ReadText(path) }, _ => { });
        if (raw is null || Publication.IsDraft(raw)) return "is a draft";
        var article = NewsSchemas.Article.With(Publication.Fields).Validate(raw, _ => { });
        if (article is null) return "has errors";
        return Publication.StateOf(article, context.Settings) switch
        {
            PublicationState.Scheduled => $"is scheduled for {Publication.MomentOf(article, Publication.PublishDate, context.Settings):yyyy-MM-dd HH:mm}",
            PublicationState.Expired => "has expired",
            _ => "is not published",
        };
    }

    static string Hint(string id, IEnumerable<string> known)
    {
        var closest = Suggestions.Closest(id, known.Order(StringComparer.Ordinal));
        return closest is null
            ? "use the file name of an article in input/news/articles/ without '.md'"
            : $"did you mean '{closest}'?";
    }
}
