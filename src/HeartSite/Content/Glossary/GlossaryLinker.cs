using System.Text.RegularExpressions;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HeartSite.Content.Glossary;

/// <summary>
/// Turns the first mention of each glossary entry (by its term or any alias, ignoring case) in a
/// parsed Markdown tree into a link to the entry's page. Headings, code and existing links are
/// left alone, so a link never nests and a heading never becomes a link; a page never links to itself.
/// </summary>
public sealed class GlossaryLinker
{
    public const string LinkClass = "glossary-term";

    readonly Dictionary<string, GlossaryEntryLink> _byName = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, string> _slugByUrl = new(StringComparer.Ordinal);
    readonly Regex? _names;

    public GlossaryLinker(IEnumerable<Document> entries)
    {
        foreach (var entry in entries)
        {
            var link = GlossaryIndex.Link(entry);
            _slugByUrl[link.Url] = link.Slug;
            foreach (var name in (entry.Get<IReadOnlyList<string>>(GlossarySchema.Aliases) ?? []).Prepend(link.Term))
                _byName.TryAdd(name.Trim(), link);
        }
        if (_byName.Count == 0) return;
        // Two names match at one place only when one's words begin the other's ("mental health",
        // "mental health first aid"): in reverse order of their lower-case words the longer comes
        // first and wins. Names that start alike stay side by side, so the regex shares their
        // beginnings instead of trying every name wherever a word starts.
        var alternatives = _byName.Keys.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(words => string.Join(' ', words).ToLowerInvariant(), StringComparer.Ordinal)
            .Select(words => string.Join(@"\s+", words.Select(Regex.Escape)));
        _names = new Regex($@"(?<![\p{{L}}\p{{N}}_-])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}_-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// Links the first mention of each entry in <paramref name="tree"/>, in reading order, except the
    /// entry at <paramref name="ownUrl"/> (the page being rendered). Returns the slugs of every entry
    /// the page links to, by hand or here, in ordinal order: "Where this term is used" lists the page under each.
    /// </summary>
    public IReadOnlyList<string> LinkFirstMentions(MarkdownDocument tree, string? ownUrl = null)
    {
        // An entry the editor already linked by hand counts as mentioned.
        var linked = tree.Descendants<LinkInline>().Select(l => _slugByUrl.GetValueOrDefault(l.Url ?? ""))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        // Marking the page's own entry as linked stops it linking to itself.
        var own = ownUrl is null ? null : _slugByUrl.GetValueOrDefault(ownUrl);
        if (own is not null) linked.Add(own);
        if (_names is not null)
        {
            foreach (var paragraph in tree.Descendants<LeafBlock>().Where(b => b.Inline is not null).ToList())
                JoinTextRuns(paragraph.Inline!);
            foreach (var literal in Literals(tree).ToList()) Link(literal, linked);
        }
        if (own is not null) linked.Remove(own);
        return linked.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Joins text split across soft line breaks (and adjacent text runs) into one run, so a term
    /// wrapped onto the next source line still matches. A soft break renders as a newline either way.
    /// </summary>
    static void JoinTextRuns(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            if (child is LiteralInline first)
            {
                if (first.NextSibling is LiteralInline next)
                {
                    first.Content = new StringSlice(first.Content.ToString() + next.Content.ToString());
                    next.Remove();
                    continue;
                }
                if (first.NextSibling is LineBreakInline { IsHard: false } soft && soft.NextSibling is LiteralInline after)
                {
                    first.Content = new StringSlice(first.Content.ToString() + "\n" + after.Content.ToString());
                    soft.Remove();
                    after.Remove();
                    continue;
                }
            }
            if (child is ContainerInline inner and not LinkInline) JoinTextRuns(inner);
            child = child.NextSibling;
        }
    }

    void Link(LiteralInline literal, HashSet<string> linked)
    {
        var text = literal.Content.ToString();
        foreach (Match match in _names!.Matches(text))
        {
            var entry = _byName[string.Join(' ', match.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];
            if (!linked.Add(entry.Slug)) continue;

            var anchor = new LinkInline(entry.Url, "") { IsClosed = true };
            anchor.GetAttributes().AddClass(LinkClass);
            anchor.AppendChild(new LiteralInline(match.Value));
            if (match.Index > 0) literal.InsertBefore(new LiteralInline(text[..match.Index]));
            literal.InsertBefore(anchor);
            var rest = text[(match.Index + match.Length)..];
            if (rest.Length == 0) { literal.Remove(); return; }
            literal.Content = new StringSlice(rest);
            Link(literal, linked);
            return;
        }
    }

    /// <summary>Text runs in reading order, outside headings, code and links.</summary>
    static IEnumerable<LiteralInline> Literals(MarkdownObject node)
    {
        switch (node)
        {
            case HeadingBlock or CodeBlock or LinkInline:
                yield break;
            case LiteralInline literal:
                yield return literal;
                yield break;
            case ContainerBlock container:
                foreach (var child in container) foreach (var literal in Literals(child)) yield return literal;
                yield break;
            case LeafBlock { Inline: { } inline }:
                foreach (var literal in Literals(inline)) yield return literal;
                yield break;
            case ContainerInline inlines:
                foreach (var child in inlines) foreach (var literal in Literals(child)) yield return literal;
                yield break;
        }
    }
}

