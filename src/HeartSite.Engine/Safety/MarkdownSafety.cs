using HeartSite.Engine.Diagnostics;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HeartSite.Engine.Safety;

/// <summary>
/// What the build refuses in a Markdown body, found by walking Markdig's tree after parsing:
/// links, images, autolinks and reference definitions that break the <see cref="UrlPolicy"/>,
/// raw HTML outside the <see cref="RawHtml"/> allow-list, and nesting too deep to be sensible
/// (HS0205). Also renders a tree to HTML, cleaning it when it holds raw HTML.
/// </summary>
public static class MarkdownSafety
{
    /// <summary>How deeply quotes and lists may nest; Markdig gives up far beyond any real page, and slowly.</summary>
    public const int MaxDepth = 32;

    /// <summary>A problem at a line and column of the Markdown text (both one-based).</summary>
    public sealed record Problem(string Code, string Message, string Hint, int Line, int Column);

    /// <summary>
    /// Parses <paramref name="markdown"/>, or reports why it will not: quote or list nesting deeper
    /// than <see cref="MaxDepth"/>, found by a scan of line starts before parsing (Markdig takes
    /// minutes over a few thousand nested list items before it refuses them itself).
    /// </summary>
    public static MarkdownDocument? Parse(string markdown, MarkdownPipeline pipeline, out Problem? tooDeep)
    {
        tooDeep = TooDeep(markdown);
        if (tooDeep is not null) return null;
        try
        {
            return Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            tooDeep = TooDeepProblem;
            return null;
        }
    }

    /// <summary>Markdig's own refusal of a tree too deep to walk, which it may raise while parsing, walking or rendering.</summary>
    public static bool IsDepthLimit(Exception e) => e is ArgumentException && e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>The problem to report when Markdig itself refuses the nesting, at no particular line.</summary>
    public static Problem TooDeepProblem => DeepProblem(1);

    /// <summary>Every link and raw HTML problem in a parsed tree, in reading order.</summary>
    public static IEnumerable<Problem> Check(MarkdownDocument tree)
    {
        foreach (var node in tree.Descendants())
        {
            var (url, line, column) = node switch
            {
                LinkInline { Reference: null } link => (link.Url, link.Line, link.Column),
                AutolinkInline { IsEmail: false } auto => (auto.Url, auto.Line, auto.Column),
                LinkReferenceDefinition definition => (definition.Url, definition.Line, definition.Column),
                _ => (null, 0, 0),
            };
            if (url is not null && UrlPolicy.Check(url) is { } refusal)
                yield return new(refusal.Code, refusal.Message, refusal.Hint, line + 1, column + 1);

            if (node is HtmlInline inline)
                foreach (var html in RawHtml.Check(inline.Tag))
                    yield return new("HS0203", html.Message, html.Hint, inline.Line + 1, inline.Column + 1 + html.Offset);
            if (node is HtmlBlock block)
                for (var i = 0; i < block.Lines.Count; i++)
                {
                    var text = block.Lines.Lines[i].Slice.ToString();
                    foreach (var html in RawHtml.Check(text))
                        yield return new("HS0203", html.Message, html.Hint, block.Line + i + 1, block.Column + 1 + html.Offset);
                }
        }
    }

    /// <summary>True when the tree holds raw HTML, which must then be cleaned after rendering.</summary>
    public static bool HasRawHtml(MarkdownDocument tree) => tree.Descendants().Any(n => n is HtmlInline or HtmlBlock);

    /// <summary>Renders a tree with <paramref name="pipeline"/>'s extensions, cleaning the HTML when it holds raw HTML.</summary>
    public static string ToHtml(MarkdownDocument tree, MarkdownPipeline pipeline, Func<string, string>? rewriteLink)
    {
        // Building a renderer sets up dozens of object renderers, so each thread keeps one per pipeline.
        var renderer = t_renderer is { } cached && cached.Pipeline == pipeline ? cached.Renderer : NewRenderer(pipeline);
        t_renderer = null; // a render that throws may leave the renderer half-way; it is kept only after a clean one
        renderer.Restart();
        renderer.LinkRewriter = rewriteLink;
        renderer.Render(tree);
        var html = renderer.Writer.ToString()!;
        renderer.LinkRewriter = null;
        t_renderer = (pipeline, renderer);
        return HasRawHtml(tree) ? RawHtml.Clean(html) : html;
    }

    [ThreadStatic] static (MarkdownPipeline Pipeline, ReusableRenderer Renderer)? t_renderer;

    static ReusableRenderer NewRenderer(MarkdownPipeline pipeline)
    {
        var renderer = new ReusableRenderer();
        pipeline.Setup(renderer);
        return renderer;
    }

    /// <summary>An HTML renderer that starts over, as a new one would, for the next tree.</summary>
    sealed class ReusableRenderer() : HtmlRenderer(new StringWriter { NewLine = "\n" })
    {
        // Markdig's own reset: empties the writer, the indents and the nesting count.
        public void Restart() => Reset();
    }

    // A line's nesting, estimated from how it starts: each '>' is a quote, every two columns of
    // indentation before a marker or text at least a list level.
    static Problem? TooDeep(string markdown)
    {
        var line = 0;
        foreach (var text in markdown.AsSpan().EnumerateLines())
        {
            line++;
            int quotes = 0, columns = 0, i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var marker = c is '-' or '*' or '+' ? 1 : OrderedMarkerLength(text[i..]);
                if (c == '>') quotes++;
                else if (c == ' ') columns += i > 0 && text[i - 1] == '>' ? 0 : 1;
                else if (c == '\t') columns += 4;
                else if (marker > 0 && i + marker < text.Length && text[i + marker] is ' ' or '\t') { columns += marker; i += marker; continue; }
                else break;
                i++;
            }
            if (quotes + columns / 2 > MaxDepth) return DeepProblem(line);
        }
        return null;
    }

    // "12." or "3)" at the start of the text: the length of an ordered-list marker, or 0.
    static int OrderedMarkerLength(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits])) digits++;
        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? digits + 1 : 0;
    }

    static Problem DeepProblem(int line) => new("HS0205", $"quotes or lists are nested more than {MaxDepth} levels deep",
        "use fewer levels of '>' quotes and indented lists; a page rarely needs more than three", line, 1);
}
