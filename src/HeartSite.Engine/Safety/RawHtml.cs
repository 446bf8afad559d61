using System.Text.RegularExpressions;
using Ganss.Xss;

namespace HeartSite.Engine.Safety;

/// <summary>A raw HTML tag the build refuses, where it sits in the text given, and what to write instead.</summary>
public sealed record HtmlRefusal(string Message, string Hint, int Offset);

/// <summary>
/// The raw HTML editors may write in Markdown: a few harmless elements with no Markdown
/// equivalent (<c>br</c>, <c>abbr title</c>, <c>sup</c>, <c>sub</c>, <c>kbd</c>, <c>details</c> and
/// <c>summary</c>) and comments. Every other tag or attribute is refused at its line with a hint
/// naming the Markdown to use. What is allowed is still cleaned by HtmlSanitizer before publishing.
/// </summary>
public static partial class RawHtml
{
    static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["br"] = [], ["abbr"] = ["title"], ["sup"] = [], ["sub"] = [], ["kbd"] = [], ["details"] = ["open"], ["summary"] = [],
    };

    static readonly Dictionary<string, string> Instead = new(StringComparer.Ordinal)
    {
        ["a"] = "write a link as [the words](https://…)",
        ["img"] = "write an image as ![what it shows](/assets/…)",
        ["b"] = "write **bold** with two asterisks", ["strong"] = "write **bold** with two asterisks",
        ["i"] = "write *italic* with one asterisk", ["em"] = "write *italic* with one asterisk",
        ["p"] = "separate paragraphs with a blank line", ["h1"] = "start a heading line with ## ",
        ["h2"] = "start a heading line with ## ", ["h3"] = "start a heading line with ### ", ["h4"] = "start a heading line with #### ",
        ["ul"] = "write each list item on its own line starting with '- '", ["ol"] = "write numbered items as '1. …'",
        ["li"] = "write each list item on its own line starting with '- '", ["table"] = "write a table with | pipes | (see CONTRIBUTING.md)",
        ["span"] = "delete the tag; word processors add it when text is pasted", ["div"] = "delete the tag; word processors add it when text is pasted",
        ["font"] = "delete the tag; word processors add it when text is pasted", ["o:p"] = "delete the tag; word processors add it when text is pasted",
    };

    static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    [GeneratedRegex(@"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>""']|""[^""]*""|'[^']*')*)>|<[!?]", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"([^\s=/>""']+)(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    /// <summary>Every tag in <paramref name="html"/> the build refuses, in order.</summary>
    public static IEnumerable<HtmlRefusal> Check(string html)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            if (tag.Value.StartsWith("<!--", StringComparison.Ordinal)) continue;
            if (!tag.Groups[2].Success)
            {
                yield return new("this raw HTML (a <!…> or <?…> declaration) is not allowed", "delete it; write the text in Markdown", tag.Index);
                continue;
            }
            var name = tag.Groups[2].Value.ToLowerInvariant();
            // A closing tag adds nothing to judge: its opening tag is reported, or was allowed.
            if (tag.Groups[1].Value == "/") continue;
            if (!Allowed.TryGetValue(name, out var attributes))
            {
                yield return new($"the HTML tag <{name}> is not allowed in Markdown",
                    Instead.GetValueOrDefault(name, "write it in Markdown instead; the only tags allowed are <br>, <abbr title>, <sup>, <sub>, <kbd>, <details> and <summary>"),
                    tag.Index);
                continue;
            }
            foreach (Match attribute in Attribute().Matches(tag.Groups[3].Value))
            {
                var attributeName = attribute.Groups[1].Value.ToLowerInvariant();
                if (attributes.Contains(attributeName)) continue;
                yield return new($"the attribute '{attributeName}' is not allowed on <{name}>",
                    attributes.Length == 0 ? $"write <{name}> with no attributes" : $"<{name}> may have only: {string.Join(", ", attributes)}",
                    tag.Index);
            }
        }
    }

    /// <summary>
    /// Rendered HTML cleaned by HtmlSanitizer: only the elements Markdown itself makes plus the
    /// allowed ones, only harmless attributes, only allowed URL schemes. A second line of defence
    /// behind <see cref="Check"/>, used for every document that has raw HTML.
    /// </summary>
    public static string Clean(string html) => Sanitizer.Sanitize(html);

    static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "a", "img", "em", "strong", "del", "code", "pre", "blockquote", "hr", "ul", "ol", "li", "dl", "dt", "dd",
                "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
                "br", "abbr", "sup", "sub", "kbd", "details", "summary",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "title", "id", "class", "start", "open" },
            AllowedSchemes = new HashSet<string>(UrlPolicy.AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        return new HtmlSanitizer(options);
    }
}
