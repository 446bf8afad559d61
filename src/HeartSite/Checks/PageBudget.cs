using System.Globalization;

namespace HeartSite.Checks;

/// <summary>
/// Pages stay small for readers on slow links and old phones: each page plus the stylesheets it
/// loads at most 50 KiB uncompressed (HS0750), and its scripts at most 10 KiB (HS0751). Images
/// are not counted. The search page alone also fetches Pagefind when a reader first searches
/// (its script, its WebAssembly and the first index chunk): that is counted on that page, and only
/// there, against its own budget (HS0752). Errors: the budget is a promise to readers, not a preference.
/// </summary>
public sealed class PageBudget : IPageCheck
{
    public const int PageAndStylesLimit = 50 * 1024;
    public const int ScriptLimit = 10 * 1024;
    public const int SearchLimit = 160 * 1024;

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
            + page.All("script:not([src])").Sum(s => System.Text.Encoding.UTF8.GetByteCount(s.TextContent));
        if (scriptBytes > ScriptLimit)
            yield return Finding.Error("HS0751", $"{page.RelativePath} loads {KiB(scriptBytes)} of JavaScript, over the {KiB(ScriptLimit)} budget",
                "pages must be readable without JavaScript; keep scripts to small enhancements");

        if (page.First("script[data-pagefind-bundle]")?.GetAttribute("data-pagefind-bundle") is { } bundle
            && FirstSearchFiles(page, site, bundle) is { Count: > 0 } files)
        {
            var searchBytes = files.Sum(site.Bytes);
            if (searchBytes > SearchLimit)
                yield return Finding.Error("HS0752",
                    $"{page.RelativePath} fetches {KiB(searchBytes)} for the first search ({string.Join(", ", files)}), over the {KiB(SearchLimit)} budget",
                    "index less of each page (data-pagefind-ignore on repeated parts), or split the index by language");
        }
    }

    /// <summary>
    /// What Pagefind downloads when a reader first searches, as its entry file describes it for the
    /// page's language: the script, the entry, the language's metadata and WebAssembly, and the largest
    /// index chunk (a query reads one). Empty when the site was built without search.
    /// </summary>
    public static IReadOnlyList<string> FirstSearchFiles(CheckedPage page, CheckedSite site, string bundle)
    {
        var script = site.Resolve(bundle + "pagefind.js", page);
        var entry = site.Resolve(bundle + "pagefind-entry.json", page);
        if (script.Status != LinkStatus.Found || entry.Status != LinkStatus.Found) return [];
        var folder = entry.Path[..^"pagefind-entry.json".Length];
        using var json = System.Text.Json.JsonDocument.Parse(site.Text(entry.Path));
        var languages = json.RootElement.GetProperty("languages");
        var wanted = page.Language.ToLowerInvariant();
        var language = languages.EnumerateObject().FirstOrDefault(l => l.Name == wanted);
        if (language.Value.ValueKind == System.Text.Json.JsonValueKind.Undefined) language = languages.EnumerateObject().First();
        var hash = language.Value.GetProperty("hash").GetString();
        var chunk = site.Files.Where(f => f.StartsWith(folder + "index/" + language.Name + "_", StringComparison.Ordinal))
            .OrderByDescending(site.Bytes).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        return new[] { script.Path, entry.Path, $"{folder}pagefind.{hash}.pf_meta", $"{folder}wasm.{language.Value.GetProperty("wasm").GetString()}.pagefind", chunk }
            .OfType<string>().Where(site.Files.Contains).ToList();
    }

    /// <summary>The bytes a reader downloads for a page before images: the HTML and each stylesheet it links.</summary>
    public static long PageAndStylesBytes(CheckedPage page, CheckedSite site) =>
        page.Bytes + LocalFiles(page, site, "link[rel~=stylesheet][href]", "href").Sum(site.Size);

    static IReadOnlyList<string> LocalFiles(CheckedPage page, CheckedSite site, string selector, string attribute) =>
        page.All(selector)
            .Select(e => site.Resolve(e.GetAttribute(attribute)!, page))
            .Where(t => t.Status == LinkStatus.Found)
            .Select(t => t.Path).Distinct(StringComparer.Ordinal).ToList();

    static string KiB(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB";
}
