using System.Globalization;

namespace HeartSite.Checks;

/// <summary>
/// Pages stay small for readers on slow links and old phones: each page plus the stylesheets it
/// loads at most 50 KiB uncompressed (HS0750), and its scripts at most 10 KiB (HS0751). Images
/// are not counted. Errors: the budget is a promise to readers, not a preference.
/// </summary>
public sealed class PageBudget : IPageCheck
{
    public const int PageAndStylesLimit = 50 * 1024;
    public const int ScriptLimit = 10 * 1024;

    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        var stylesheets = LocalFiles(page, site, "link[rel~=stylesheet][href]", "href");
        var pageAndStyles = PageAndStylesBytes(page, site);
        if (pageAndStyles > PageAndStylesLimit)
            yield return Finding.Error("HS0750",
                $"{page.RelativePath} and its stylesheets ({string.Join(", ", stylesheets)}) weigh {KiB(pageAndStyles)}, over the {KiB(PageAndStylesLimit)} budget",
                "split a long page in two, or trim the theme's CSS");

        var scripts = LocalFiles(page, site, "script[src]", "src");
        var scriptBytes = scripts.Sum(site.Size)
            + page.Document.QuerySelectorAll("script:not([src])").Sum(s => System.Text.Encoding.UTF8.GetByteCount(s.TextContent));
        if (scriptBytes > ScriptLimit)
            yield return Finding.Error("HS0751", $"{page.RelativePath} loads {KiB(scriptBytes)} of JavaScript, over the {KiB(ScriptLimit)} budget",
                "pages must be readable without JavaScript; keep scripts to small enhancements");
    }

    /// <summary>The bytes a reader downloads for a page before images: the HTML and each stylesheet it links.</summary>
    public static long PageAndStylesBytes(CheckedPage page, CheckedSite site) =>
        page.Bytes + LocalFiles(page, site, "link[rel~=stylesheet][href]", "href").Sum(site.Size);

    static IReadOnlyList<string> LocalFiles(CheckedPage page, CheckedSite site, string selector, string attribute) =>
        page.Document.QuerySelectorAll(selector)
            .Select(e => site.Resolve(e.GetAttribute(attribute)!, page))
            .Where(t => t.Status == LinkStatus.Found)
            .Select(t => t.Path).Distinct(StringComparer.Ordinal).ToList();

    static string KiB(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB";
}
