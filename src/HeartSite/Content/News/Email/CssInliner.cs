using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HeartSite.Content.News.Email;

/// <summary>
/// Moves a stylesheet onto the elements it styles, because most email clients drop
/// <c>&lt;style&gt;</c>. AngleSharp.Css computes each element's cascaded declarations (specificity
/// and source order, as a browser would); only properties that an author rule matching the element
/// sets are written, so the user agent's defaults (<c>display: block</c> …) do not bloat the mail.
/// Colours are written as <c>#rrggbb</c>, which every client understands, unlike <c>rgba()</c>.
/// Every <c>&lt;style&gt;</c> and <c>&lt;script&gt;</c> is removed.
/// </summary>
public static partial class CssInliner
{
    // No user-agent stylesheet: only properties that author rules set are written, and in the cascade
    // an author declaration beats the browser's default for the same property, so the browser's
    // defaults never reach the mail. Parsing that stylesheet was most of a cold build's email time.
    static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.With(new NoDefaultStyleSheet()).WithCss();

    [GeneratedRegex(@"rgba?\((\d{1,3}), (\d{1,3}), (\d{1,3})(?:, 1)?\)")]
    private static partial Regex OpaqueColour();

    /// <summary>
    /// Inlines a tiny page on another thread, once per process. AngleSharp's first document and
    /// stylesheet set up its element tables and every text encoding it knows (~60 ms); left to the
    /// first email edition, that fell on the build's critical path, where every other pipeline waits
    /// for the emails. The build starts it while it reads its templates, and waits for it before any
    /// pipeline runs, so no other first use of AngleSharp overlaps it.
    /// </summary>
    public static Task WarmUp() => WarmingUp.Value;

    static readonly Lazy<Task> WarmingUp = new(() => Task.Run(() =>
    {
        Inline("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>.</p></body></html>", "p { color: #000 }");
        Site.Timings.Mark("AngleSharp warmed up");
    }));

    public static IDocument Inline(string html, string stylesheet)
    {
        // Parsed synchronously, without OpenAsync's document loader and its tasks.
        var document = BrowsingContext.New(Configuration).GetService<IHtmlParser>()!.ParseDocument(html);
        var style = document.CreateElement("style");
        style.TextContent = stylesheet;
        document.Head!.AppendChild(style);

        var rules = document.StyleSheets.OfType<ICssStyleSheet>().SelectMany(s => s.Rules.OfType<ICssStyleRule>()).ToList();
        var styles = document.DefaultView!.GetStyleCollection(new DefaultRenderDevice { DeviceWidth = 600, ViewPortWidth = 600 });
        var elements = document.Body!.QuerySelectorAll("*").Prepend(document.Body).ToList();
        // Compute everything first: writing style attributes while computing would feed back into the cascade.
        var computed = elements.Select(e => (Element: e, Style: styles.ComputeExplicitStyle(e), Names: AuthorProperties(e, rules))).ToList();
        foreach (var (element, cascaded, names) in computed)
        {
            element.RemoveAttribute("style");
            var declarations = cascaded.Where(p => names.Contains(p.Name)).ToList();
            if (declarations.Count == 0) continue;
            var inline = element.GetStyle();
            foreach (var property in declarations)
                inline.SetProperty(property.Name, property.Value, property.IsImportant ? "important" : null);
            element.SetAttribute("style", OpaqueColour().Replace(inline.CssText, Hex));
        }
        foreach (var element in document.QuerySelectorAll("style, script").ToList()) element.Remove();
        return document;
    }

    /// <summary>The longhand properties that the element's own style attribute and the rules matching it declare.</summary>
    static HashSet<string> AuthorProperties(IElement element, IReadOnlyList<ICssStyleRule> rules)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Where(r => r.Selector is not null && r.Selector.Match(element, null)))
            foreach (var property in rule.Style) names.Add(property.Name);
        if (element.HasAttribute("style"))
            foreach (var property in element.GetStyle()) names.Add(property.Name);
        return names;
    }

    static string Hex(Match m) => "#" + string.Concat(m.Groups.Values.Skip(1)
        .Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture).ToString("x2", CultureInfo.InvariantCulture)));
}

/// <summary>Stands in for AngleSharp.Css's browser stylesheet, which <see cref="CssInliner"/> never needs.</summary>
sealed class NoDefaultStyleSheet : ICssDefaultStyleSheetProvider
{
    public ICssStyleSheet Default => null!; // AngleSharp.Css skips a provider whose sheet is null
    public void SetDefault(ICssStyleSheet? sheet) => throw new NotSupportedException();
    public void SetDefault(string source) => throw new NotSupportedException();
    public void AppendDefault(string source) => throw new NotSupportedException();
}
