using HeartSite.Engine.FrontMatter;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>The front matter of Compassion Action News issues and articles.</summary>
public static class NewsSchemas
{
    public static readonly Schema Issue = new("news issue",
        Field.Integer(NewsKeys.Number, "the issue number, one more than the last issue", required: true),
        Field.Date(NewsKeys.Date, "the day the issue goes out; its year and month must match the file name", required: true),
        Field.Text(Keys.Title, "the issue's headline", required: true),
        Field.Text(Keys.Summary, "one line for the archive, feeds and the email preview", required: true),
        Field.TextList(NewsKeys.Articles, "the ids (file names without .md) of the articles in news/articles/, in reading order"));

    public static readonly Schema Article = new("news article",
        Field.Text(Keys.Title, "the article's headline", required: true),
        Field.Text(Keys.Summary, "one or two sentences shown under the headline", required: true),
        Field.Text(NewsKeys.Author, "the team or organisation that wrote it, e.g. New England MHTTC School Mental Health Initiative"),
        Field.Date(NewsKeys.Date, "the day the article was written", required: true),
        Field.ListOf(ArticleAudience, "who it is for", Audiences.Audiences.Values));

    /// <summary>An article's optional list of who it is for; its page links each to the audience's page.</summary>
    public const string ArticleAudience = "audience";
}
