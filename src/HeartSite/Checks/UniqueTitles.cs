namespace HeartSite.Checks;

/// <summary>
/// No two pages share a title (HS0732), so tabs, bookmarks and search results tell them apart.
/// A warning: both pages still work.
/// </summary>
public sealed class UniqueTitles : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        if (page.Title.Length > 0)
            yield return Finding.Warning("HS0732", "", "give each page its own 'title' in front matter", page.First("title"), "title:")
                with { Decide = SharedTitle(page.RelativePath, page.Title) };
    }

    // Every page's title must be known first; only the strings are held, never the page.
    static Func<CheckedSite, string?> SharedTitle(string path, string title) =>
        site => site.OtherPagesTitled(path) is { Count: > 0 } others ? $"{path} has the same title as {string.Join(", ", others)}: '{title}'" : null;
}
