using AngleSharp.Html.Parser;

namespace HeartSite.Site;

/// <summary>
/// The h2 headings of a page's rendered Markdown, with their ids, for the side column's "On this
/// page" list: a reader on a wide screen sees the shape of a long tip sheet or article at a glance.
/// </summary>
public static class PageHeadings
{
    static readonly HtmlParser Parser = new();

    /// <summary>Each <c>h2</c> that has an id, in page order, as <c>id</c> and <c>text</c>.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Of(string html)
    {
        if (!html.Contains("<h2", StringComparison.Ordinal)) return [];
        return Parser.ParseDocument("<body>" + html + "</body>").QuerySelectorAll("h2[id]")
            .Select(h => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = h.Id,
                ["text"] = h.TextContent.Trim(),
            })
            .ToList();
    }
}
