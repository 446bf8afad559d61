using System.Globalization;
using HeartSite.Engine;
using HeartSite.Engine.Modules;

namespace HeartSite.Content.News;

/// <summary>
/// New news files for <c>heartsite new</c> and <c>heartsite news new</c>: an article named after
/// its title, and the next issue (one number and two months after the newest, no articles yet).
/// </summary>
public static class NewsScaffolds
{
    public static readonly ContentType Article = new("article", "news/articles", NewsSchemas.Article, request =>
    {
        var slug = AssignSlugs.Suggest(request.Title);
        return new Scaffold($"news/articles/{slug}.md",
            $"""
            ---
            title: {Yaml(request.Title)}
            summary: {Yaml("One or two sentences on what readers will learn.")}
            author: New England MHTTC School Mental Health Initiative
            date: {Day(DateOnly.FromDateTime(request.Now.Date))}
            ---
            Write the article here in plain language. Add it to an issue by listing '{slug}' under
            that issue's 'articles:'.

            """);
    });

    public static readonly ContentType Issue = new("issue", "news", NewsSchemas.Issue, request =>
    {
        var (number, date) = Next(request.InputRoot, DateOnly.FromDateTime(request.Now.Date));
        return new Scaffold($"news/{date.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.md",
            $"""
            ---
            number: {number.ToString(CultureInfo.InvariantCulture)}
            date: {Day(date)}
            title: {Yaml(request.Title)}
            summary: {Yaml("One line on what this issue covers, for the archive and the email preview.")}
            # The articles of this issue, in reading order: file names in news/articles/ without '.md'.
            articles: []
            ---
            A short welcome: what this issue covers and why it matters now.

            """);
    });

    /// <summary>
    /// The number and date of the issue after the newest one in <paramref name="inputRoot"/>: the
    /// newsletter is bimonthly, so two months on. With no issue yet: number 1, this month.
    /// </summary>
    public static (int Number, DateOnly Date) Next(string inputRoot, DateOnly today)
    {
        var newest = ReadIssues(inputRoot).OrderBy(i => i.Date).LastOrDefault();
        if (newest.Number == 0) return (1, new DateOnly(today.Year, today.Month, 1));
        var highest = ReadIssues(inputRoot).Max(i => i.Number);
        return (highest + 1, newest.Date.AddMonths(2));
    }

    static IEnumerable<(int Number, DateOnly Date)> ReadIssues(string inputRoot)
    {
        foreach (var relative in ReadFiles.Find(Path.Combine(inputRoot, "news"), ["*.md"]))
        {
            var path = Path.Combine(inputRoot, "news", relative);
            var document = ParseFrontMatter.Parse(new Document { Source = path, RelativeSource = relative, Content = ReadFiles.ReadText(path) }, _ => { });
            var valid = document is null ? null : NewsSchemas.Issue.Validate(document, _ => { });
            if (valid is not null) yield return (valid.Get<int>(NewsKeys.Number), valid.Get<DateOnly>(NewsKeys.Date));
        }
    }

    static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Double-quoted YAML, so a title with ': ' or '#' stays one value.
    static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
