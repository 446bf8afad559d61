namespace HeartSite.Checks;

/// <summary>
/// No two pages share a title (HS0732), so tabs, bookmarks and search results tell them apart.
/// A warning: both pages still work.
/// </summary>
public sealed class UniqueTitles : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        var others = site.OtherPagesTitled(page);
        if (page.Title.Length > 0 && others.Count > 0)
            yield return Finding.Warning("HS0732", $"{page.RelativePath} has the same title as {string.Join(", ", others)}: '{page.Title}'",
                "give each page its own 'title' in front matter", page.First("title"), "title:");
    }
}
