using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
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
        _elements = [.. document.Descendants<IElement>()];
        for (var i = 0; i < _elements.Length; i++)
        {
            if (!_byName.TryGetValue(_elements[i].LocalName, out var positions)) _byName[_elements[i].LocalName] = positions = [];
            positions.Add(i);
        }
        foreach (var element in All("[id], a[name]"))
        {
            if (element.Id is { } id) ids.Add(id);
            if (element.LocalName == "a" && element.GetAttribute("name") is { } name) ids.Add(name);
        }
        Outline = new PageOutline(relativePath, document.Title?.Trim() ?? "", document.DocumentElement?.GetAttribute("lang") ?? "",
            First("meta[name='robots'][content*='noindex']") is not null, ids);
    }

    /// <summary>What the checks of other pages need to know of this one.</summary>
    public PageOutline Outline { get; }

    /// <summary>Path under the output folder with forward slashes: <c>about/index.html</c>.</summary>
    public string RelativePath { get; }

    public string Html { get; }

    /// <summary>Size of the file as served, in bytes (UTF-8).</summary>
    public int Bytes => System.Text.Encoding.UTF8.GetByteCount(Html);

    public IHtmlDocument Document { get; }

    readonly IElement[] _elements;

    /// <summary>Where in <see cref="_elements"/> the elements of each name are, in document order.</summary>
    readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);

    /// <summary>
    /// The page's elements that match <paramref name="selector"/>, in document order, as
    /// <c>Document.QuerySelectorAll</c> would give them. The page is walked once, when parsed, not once
    /// per question (a dozen checks ask two dozen), and each selector is parsed once per process.
    /// A selector that names its elements (<c>a[href], img</c>) is tried on those elements only.
    /// </summary>
    public IEnumerable<IElement> All(string selector)
    {
        var (parsed, names) = Parsed(selector);
        foreach (var element in names is null ? _elements : Named(names))
            if (parsed.Match(element, null)) yield return element;
    }

    IEnumerable<IElement> Named(string[] names)
    {
        var positions = names.SelectMany(n => _byName.GetValueOrDefault(n) ?? []);
        return (names.Length == 1 ? positions : positions.Order()).Select(i => _elements[i]);
    }

    /// <summary>The first element that matches <paramref name="selector"/>, as <c>Document.QuerySelector</c> would give it.</summary>
    public IElement? First(string selector) => All(selector).FirstOrDefault();

    /// <summary><paramref name="selector"/> parsed, once per process, for a check that tests elements against it itself.</summary>
    public static ISelector Selector(string selector) => Parsed(selector).Selector;

    static (ISelector Selector, string[]? Names) Parsed(string selector) =>
        Selectors.GetOrAdd(selector, static s =>
        {
            var parsed = new CssSelectorParser().ParseSelector(s)!;
            return (parsed, TypeNames.Of(parsed));
        });

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ISelector Selector, string[]? Names)> Selectors = new(StringComparer.Ordinal);

    /// <summary>The absolute path of the file the page was built from, when the build said so.</summary>
    public string? Source { get; }

    /// <summary>Every fragment a link may target on this page: element ids and named anchors.</summary>
    public IReadOnlySet<string> Ids => Outline.Ids;

    public string Title => Outline.Title;

    /// <summary>The <c>lang</c> attribute of the page's <c>html</c> element, as written; empty when it has none.</summary>
    public string Language => Outline.Language;

    /// <summary>True for a page that asks search engines not to list it, such as a redirect.</summary>
    public bool IsNoIndex => Outline.IsNoIndex;

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

/// <summary>
/// What the checks of other pages ask about a page (its ids, for links to a fragment; its title, for
/// titles two pages share), kept when its parsed document is let go.
/// </summary>
public sealed record PageOutline(string RelativePath, string Title, string Language, bool IsNoIndex, IReadOnlySet<string> Ids)
{
    /// <summary>Titles are compared within a language: a page and its translation may share one.</summary>
    public string TitleKey => $"{Language}\n{Title}";
}
