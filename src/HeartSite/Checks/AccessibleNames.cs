using AngleSharp.Dom;

namespace HeartSite.Checks;

/// <summary>
/// Every link and button has a name a screen reader can announce: its text, an <c>aria-label</c>,
/// an <c>aria-labelledby</c> that points at text, or an image's alt (HS0711, an error: an unnamed
/// link is announced as just "link").
/// </summary>
public sealed class AccessibleNames : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        foreach (var control in page.All("a[href], button, [role=button], [role=link]"))
        {
            if (NameOf(control, page.Document).Length > 0) continue;
            var what = control.LocalName == "a" ? $"link to '{control.GetAttribute("href")}'" : "button";
            yield return Finding.Error("HS0711", $"{what} on {page.RelativePath} has no text",
                "give the link words that say where it goes, e.g. [Read the tip sheet](/tip-sheets/x/), not [](/tip-sheets/x/)",
                control, control.GetAttribute("href"));
        }
    }

    /// <summary>The accessible name, following the main steps of the accessible-name computation.</summary>
    public static string NameOf(IElement element, IDocument document)
    {
        if (element.GetAttribute("aria-labelledby") is { } ids)
        {
            var text = string.Join(" ", ids.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => document.GetElementById(id)?.TextContent.Trim() ?? ""));
            if (text.Trim().Length > 0) return text.Trim();
        }
        if (element.GetAttribute("aria-label")?.Trim() is { Length: > 0 } label) return label;
        var content = VisibleText(element).Trim();
        if (content.Length > 0) return content;
        if (element is AngleSharp.Html.Dom.IHtmlInputElement input && input.Value.Trim() is { Length: > 0 } value) return value;
        return element.GetAttribute("title")?.Trim() ?? "";
    }

    /// <summary>Text content plus image alternatives, skipping what is hidden from assistive technology.</summary>
    static string VisibleText(INode node) => node switch
    {
        IElement e when e.GetAttribute("aria-hidden") == "true" || e.HasAttribute("hidden") => "",
        IElement { LocalName: "img" } img => " " + (img.GetAttribute("alt") ?? "") + " ",
        IElement { LocalName: "svg" } svg => " " + (svg.QuerySelector("title")?.TextContent ?? svg.GetAttribute("aria-label") ?? "") + " ",
        IText text => text.Data,
        _ => string.Concat(node.ChildNodes.Select(VisibleText)),
    };
}
