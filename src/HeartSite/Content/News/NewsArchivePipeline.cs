using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>The archive at <c>/news/</c>: every issue grouped by year, newest first.</summary>
public static class NewsArchivePipeline
{
    public const string Name = "news-archive";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        DependsOn = { NewsIssuesPipeline.Name },
        Process =
        {
            new Transform((_, _) =>
            [
                new Document { Destination = "news/index.html" }.With(
                [
                    new(Keys.Title, "Compassion Action News"),
                    new(Keys.Description, "Every issue of Compassion Action News, the HEART Collective's newsletter, newest first."),
                ]),
            ]),
        },
        PostProcess = { templates.Layout("news-archive", (_, context) => [new("years", Years(context.OutputsOf(NewsIssuesPipeline.Name)))]) },
        Output = { new WriteFiles() },
    };

    /// <summary>The issues grouped by year, newest year first and newest issue first within it.</summary>
    public static IReadOnlyList<IssueYear> Years(IEnumerable<Document> issues) => NewsIssue.All(issues)
        .Reverse()
        .GroupBy(i => i.Date.Year)
        .Select(g => new IssueYear(g.Key, g.ToList()))
        .ToList();
}

/// <summary>One year of the archive.</summary>
public sealed record IssueYear(int Year, IReadOnlyList<NewsIssue> Issues);
