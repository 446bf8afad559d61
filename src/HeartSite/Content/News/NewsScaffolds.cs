using System.Globalization;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Safety;

namespace HeartSite.Content.News;

/// <summary>
/// New news files for <c>heartsite new</c> and <c>heartsite news new</c>: an article named after
/// its title, and the next issue (one number and two months after the newest, no articles yet).
/// </summary>
public static class NewsScaffolds
{
    public static readonly ContentType Article = new("article", "news/articles", NewsSchemas.Article, request =>
    {
        var slug = TitleSlug.From(request.Title, "article");
        return new Scaffold($"news/articles/{slug}.md",
            $"""
            ---
            {Scaffold.DraftLines}
            title: {YamlText.Quote(request.Title)}
            summary: {YamlText.Quote("One or two sentences on what readers will learn.")}
            author: New England MHTTC School Mental Health Initiative
            date: {Day(DateOnly.FromDateTime(request.Now.Date))}
            ---
            Write the article here in plain language. Add it to an issue by listing '{slug}' under
            that issue's 'articles:'.

            """);
    });

    public static readonly ContentType Issue = new("issue", "news", NewsSchemas.Issue, request =>
    {
        var (number, date) = Next(request);
        return new Scaffold($"news/{date.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.md",
            $"""
            ---
            {Scaffold.DraftLines}
            number: {number.ToString(CultureInfo.InvariantCulture)}
            date: {Day(date)}
            title: {YamlText.Quote(request.Title)}
            summary: {YamlText.Quote("One line on what this issue covers, for the archive and the email preview.")}
            # The articles of this issue, in reading order: file names in news/articles/ without '.md'.
            articles: []
            ---
            A short welcome: what this issue covers and why it matters now.

            """);
    });

    /// <summary>
    /// The number and date of the issue after the newest one: the newsletter is bimonthly, so two
    /// months on. With no issue yet: number 1, this month.
    /// </summary>
    static (int Number, DateOnly Date) Next(ScaffoldRequest request)
    {
        var issues = request.Existing("news/*.md")
            .Select(document => NewsSchemas.Issue.Validate(document, _ => { }))
            .OfType<Document>()
            .Select(issue => (Number: issue.Get<int>(NewsKeys.Number), Date: issue.Get<DateOnly>(NewsKeys.Date)))
            .ToList();
        if (issues.Count == 0) return (1, new DateOnly(request.Now.Year, request.Now.Month, 1));
        return (issues.Max(i => i.Number) + 1, issues.Max(i => i.Date).AddMonths(2));
    }

    static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
