using HeartSite.Content.Audiences;
using HeartSite.Content.Glossary;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>
/// Articles from <c>input/news/articles/&lt;slug&gt;.md</c>, each on its own page at
/// <c>/news/articles/&lt;slug&gt;/</c>, which lists the issues that carried it (found in PostProcess,
/// where every issue is visible).
/// </summary>
public static class NewsArticlesPipeline
{
    public const string Name = "news-articles";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        DependsOn = { GlossaryPipeline.Name },
        Input =
        {
            new ReadFiles("news/articles/*.md"), new ParseFrontMatter(), new ValidateFrontMatter(NewsSchemas.Article),
            new AssignSlugs(), KeepMarkdown(),
        },
        Process =
        {
            SetDestination.AtUrl(d => NewsArticle.UrlOf(d.GetString(Keys.Slug)!)),
            new RenderMarkdownWithGlossaryLinks(),
        },
        PostProcess =
        {
            templates.Layout("news-article", (article, context) =>
            [
                new("carriedIn", NewsIssue.All(context.OutputsOf(NewsIssuesPipeline.Name))
                    .Where(i => i.Articles.Any(a => a.Slug == article.GetString(Keys.Slug))).Reverse().ToList()),
                new("audienceLinks", Audiences.Audiences.Links(article.Get<IReadOnlyList<string>>(NewsSchemas.ArticleAudience), context.OutputsOf(AudiencesPipeline.Name), templates.Languages.CurrentStrings)),
                ReadNext.For(article, context),
            ]),
        },
        Output = { new WriteFiles() },
    };

    /// <summary>Keeps the Markdown body as written, before any module renders it.</summary>
    public static ForEach KeepMarkdown() => new((d, _) => d.With(NewsKeys.Markdown, d.Content));
}
