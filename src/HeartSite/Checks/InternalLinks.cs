using AngleSharp.Dom;

namespace HeartSite.Checks;

/// <summary>
/// Every link, image, script and stylesheet on the site resolves to a file in the output, under the
/// base path, and every <c>#fragment</c> to an id on the page it names (HS0701–HS0703).
/// </summary>
public sealed class InternalLinks : IPageCheck
{
    /// <summary>The attributes that make the browser follow or fetch something.</summary>
    static readonly (string Selector, string Attribute)[] References =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"),
        ("img[src]", "src"), ("script[src]", "src"), ("source[src]", "src"), ("iframe[src]", "src"),
        ("audio[src]", "src"), ("video[src]", "src"), ("track[src]", "src"), ("embed[src]", "src"), ("object[data]", "data"),
    ];

    /// <summary>Every selector above in one list, so a page is walked once, not once per selector (each names its own element).</summary>
    static readonly string AnyReference = string.Join(", ", References.Select(r => r.Selector));

    static readonly Dictionary<string, string> AttributeOf = References.ToDictionary(r => r.Selector[..r.Selector.IndexOf('[')], r => r.Attribute);

    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        foreach (var element in page.All(AnyReference))
            if (Problem(element, element.GetAttribute(AttributeOf[element.LocalName])!, page, site) is { } finding)
                yield return finding;
    }

    static Finding? Problem(IElement element, string reference, CheckedPage page, CheckedSite site)
    {
        var target = site.Resolve(reference, page);
        var needle = WithoutBasePath(reference, site.BasePath);
        switch (target.Status)
        {
            case LinkStatus.OutsideBasePath:
                return Finding.Error("HS0703", $"'{reference}' on {page.RelativePath} points outside the site's base path {site.BasePath}",
                    "write site links in templates as {{url \"/path/\"}} and in Markdown as /path/, so the base path is added", element, needle);
            case LinkStatus.Missing when site.ReportedLinks.Contains(reference):
                return null;
            case LinkStatus.Missing:
                return Finding.Error("HS0701", $"broken link '{reference}' on {page.RelativePath}: there is no {target.Path} in the output",
                    "fix the path, or add the page it should lead to; site paths end in / (e.g. /tip-sheets/)", element, needle);
            case LinkStatus.Found when target.Fragment is { Length: > 0 } fragment && fragment != "top" && !site.ReportedLinks.Contains(reference):
                var noSuchId = NoSuchId(reference, page.RelativePath, target.Path, fragment);
                // A page already outlined stays as it is: decided now, a link that works costs no placed finding.
                if (site.IdsOf(target.Path) is not null)
                    return noSuchId(site) is { } message ? Finding.Error("HS0702", message, FragmentHint, element, needle) : null;
                return Finding.Error("HS0702", "", FragmentHint, element, needle) with { Decide = noSuchId };
            default:
                return null;
        }
    }

    const string FragmentHint = "headings get ids from their text (## Getting started → #getting-started); check the spelling";

    // The linked page may not be parsed yet; only the strings are held, never the element.
    static Func<CheckedSite, string?> NoSuchId(string reference, string from, string to, string fragment) =>
        site => site.IdsOf(to) is { } ids && !ids.Contains(fragment) ? $"link '{reference}' on {from}: {to} has no element with id '{fragment}'" : null;

    /// <summary>The link as an editor wrote it in Markdown, before the build put the base path in front.</summary>
    static string WithoutBasePath(string reference, string basePath) =>
        basePath != "/" && reference.StartsWith(basePath, StringComparison.Ordinal) ? "/" + reference[basePath.Length..] : reference;
}
