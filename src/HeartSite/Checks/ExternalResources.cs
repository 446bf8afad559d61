using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace HeartSite.Checks;

/// <summary>
/// Nothing a page loads comes from another origin: no web fonts, scripts, stylesheets, images,
/// frames or trackers from CDNs (HS0760, an error: readers' visits are theirs, and the site must
/// work when a third party is slow or gone). Links people follow may go anywhere; only what loads
/// by itself counts. Linked stylesheets are read for <c>url()</c> and <c>@import</c> too.
/// </summary>
public sealed partial class ExternalResources : IPageCheck
{
    static readonly (string Selector, string Attribute)[] Loads =
    [
        ("script[src]", "src"), ("img[src]", "src"), ("img[srcset]", "srcset"), ("source[src]", "src"), ("source[srcset]", "srcset"),
        ("iframe[src]", "src"), ("audio[src]", "src"), ("video[src]", "src"), ("video[poster]", "poster"), ("track[src]", "src"),
        ("embed[src]", "src"), ("object[data]", "data"), ("input[type=image][src]", "src"),
    ];

    /// <summary>Link relations that make the browser fetch or connect on its own.</summary>
    static readonly string[] FetchingRelations =
        ["stylesheet", "icon", "apple-touch-icon", "mask-icon", "manifest", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch"];

    /// <summary>Each selector above parsed once, to test the elements of one walk of the page against.</summary>
    static readonly (ISelector Selector, string Attribute)[] ParsedLoads =
        [.. Loads.Select(l => (CheckedPage.Selector(l.Selector), l.Attribute))];

    static readonly ISelector Stylesheet = CheckedPage.Selector("link[rel~=stylesheet][href]");

    /// <summary>Every element that loads something, so a page is walked once, not once per selector (any element may have a style attribute: those are asked for apart).</summary>
    static readonly string AnyCandidate = string.Join(", ", [.. Loads.Select(l => l.Selector), "link[href]", "style"]);

    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        foreach (var element in page.All("[style]"))
            foreach (var url in CssUrls(element.GetAttribute("style")!))
                if (IsOtherOrigin(url)) yield return Problem(page, element, url);

        foreach (var element in page.All(AnyCandidate))
        {
            foreach (var (selector, attribute) in ParsedLoads)
                if (selector.Match(element, null))
                    foreach (var url in Urls(element.GetAttribute(attribute)!, attribute == "srcset"))
                        if (IsOtherOrigin(url)) yield return Problem(page, element, url);

            if (element.LocalName == "link" && element.GetAttribute("href") is { } href)
            {
                var relations = (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (relations.Any(r => FetchingRelations.Contains(r, StringComparer.OrdinalIgnoreCase)) && IsOtherOrigin(href))
                    yield return Problem(page, element, href);
                if (Stylesheet.Match(element, null) && site.Resolve(href, page) is { Status: LinkStatus.Found } target)
                    foreach (var url in OtherOriginUrls.GetValue(site.Text(target.Path), static css => [.. CssUrls(css).Where(IsOtherOrigin)]))
                        yield return new Finding(Engine.Diagnostics.Severity.Error, "HS0760", $"stylesheet {target.Path} loads '{url}' from another site",
                            "keep fonts and images in theme/assets/ and use system fonts", File: target.Path);
            }

            if (element.LocalName == "style")
                foreach (var url in CssUrls(element.TextContent))
                    if (IsOtherOrigin(url)) yield return Problem(page, element, url);
        }
    }

    /// <summary>
    /// A stylesheet's url()s from other sites, read once per text however many pages load it (the
    /// site reads each file's text once, so every page's link gives the same string).
    /// </summary>
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string[]> OtherOriginUrls = new();

    static Finding Problem(CheckedPage page, IElement element, string url) =>
        Finding.Error("HS0760", $"{page.RelativePath} loads '{url}' from another site",
            "copy the file into theme/assets/ or input/assets/ and link it with a site path; no CDNs, web fonts or trackers", element, url);

    /// <summary>True for <c>https://cdn.example/x.js</c> and <c>//cdn.example/x.js</c>; false for site paths and <c>data:</c>.</summary>
    static bool IsOtherOrigin(string url)
    {
        url = url.Trim();
        return url.StartsWith("//", StringComparison.Ordinal)
            || (LinkTarget.HasScheme(url) && !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                && !url.StartsWith("blob:", StringComparison.OrdinalIgnoreCase));
    }

    static IEnumerable<string> Urls(string value, bool isSourceSet) => isSourceSet
        ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0])
        : [value];

    static IEnumerable<string> CssUrls(string css) =>
        CssReference().Matches(css).Select(m => m.Groups["url"].Value);

    // url(x), url("x"), url('x') and @import "x".
    [GeneratedRegex("""url\(\s*['"]?(?<url>[^'")\s]+)['"]?\s*\)|@import\s+['"](?<url>[^'"]+)['"]""", RegexOptions.IgnoreCase)]
    private static partial Regex CssReference();
}
