using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HeartSite.Checks;

/// <summary>A generated HTML page, parsed once and shared by every check.</summary>
public sealed class CheckedPage
{
    CheckedPage(string relativePath, string html, IHtmlDocument document, string? source)
    {
        RelativePath = relativePath;
        Html = html;
        Document = document;
        Source = source;
        // One walk for both kinds of target.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id], a[name]"))
        {
            if (element.Id is { } id) ids.Add(id);
            if (element.LocalName == "a" && element.GetAttribute("name") is { } name) ids.Add(name);
        }
        Ids = ids;
    }

    /// <summary>Path under the output folder with forward slashes: <c>about/index.html</c>.</summary>
    public string RelativePath { get; }

    public string Html { get; }

    /// <summary>Size of the file as served, in bytes (UTF-8).</summary>
    public int Bytes => System.Text.Encoding.UTF8.GetByteCount(Html);

    public IHtmlDocument Document { get; }

    /// <summary>The absolute path of the file the page was built from, when the build said so.</summary>
    public string? Source { get; }

    /// <summary>Every fragment a link may target on this page: element ids and named anchors.</summary>
    public IReadOnlySet<string> Ids { get; }

    public string Title => Document.Title?.Trim() ?? "";

    /// <summary>True for a page that asks search engines not to list it, such as a redirect.</summary>
    public bool IsNoIndex => Document.QuerySelector("meta[name='robots'][content*='noindex']") is not null;

    public static CheckedPage Parse(string relativePath, string html, string? source) =>
        new(relativePath, html, (t_parser ??= NewParser()).ParseDocument(html), source);

    /// <summary>
    /// One parser per thread: each new one builds its own browsing context and configuration, which
    /// cost more than parsing a small page; a parser is not safe to share between threads.
    /// </summary>
    [ThreadStatic] static HtmlParser? t_parser;

    // Source references give each element its line in the generated file, for reports.
    static HtmlParser NewParser() => new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>The element's line and column in the generated HTML, or (0, 0) when unknown.</summary>
    public static (int Line, int Column) PositionOf(IElement element) =>
        element.SourceReference is { } reference ? (reference.Position.Line, reference.Position.Column) : (0, 0);
}
