using System.Globalization;
using System.Text;
using HeartSite.Engine.Templates;
using HeartSite.Site;

namespace HeartSite.Content.News.Feeds;

/// <summary>
/// What both feeds say about one issue: a stable id, its absolute address, its time (midnight of
/// the issue date in the site's time zone, never the clock) and its full text as HTML with absolute links.
/// </summary>
public sealed record FeedEntry(string Id, string Url, string Title, string Summary, DateTimeOffset Published, string ContentHtml)
{
    public static FeedEntry From(NewsIssue issue, SiteData site, TimeZoneInfo zone)
    {
        var links = site.Urls.Absolute;
        var html = new StringBuilder(NewsMarkdown.ToHtml(issue.IntroMarkdown, links));
        foreach (var article in issue.Articles)
        {
            var url = HtmlTextEncoder.Encode(site.Urls.Absolute(article.Url));
            html.Append("<h2><a href=\"").Append(url).Append("\">").Append(HtmlTextEncoder.Encode(article.Title)).Append("</a></h2>\n");
            html.Append(NewsMarkdown.ToHtml(article.Markdown, links));
        }
        return new FeedEntry(TagUri(site, issue), site.Urls.Absolute(issue.Url), $"Issue {issue.Number}: {issue.Title}", issue.Summary,
            StartOfDay(issue.Date, zone), html.ToString());
    }

    /// <summary>
    /// A tag: URI (RFC 4151) from the site's host and the issue's date and id. Unlike the issue's
    /// address it survives a move to a project-page base path, so readers never see an issue twice.
    /// </summary>
    public static string TagUri(SiteData site, NewsIssue issue) =>
        $"tag:{new Uri(site.BaseUrl).Host},{issue.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:compassion-action-news/{issue.Id}";

    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>RFC 3339, as both Atom and JSON Feed want it.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
