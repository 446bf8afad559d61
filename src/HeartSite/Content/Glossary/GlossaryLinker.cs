using System.Text.RegularExpressions;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HeartSite.Content.Glossary;

/// <summary>
/// Turns the first mention of each glossary entry (by its term or any alias, ignoring case) in a
/// parsed Markdown tree into a link to the entry's page. Headings, code and existing links are
/// left alone, so a link never nests and a heading never becomes a link.
/// </summary>
public sealed class GlossaryLinker
{
    public const string LinkClass = "glossary-term";

    readonly Dictionary<string, GlossaryEntryLink> _byName = new(StringComparer.OrdinalIgnoreCase);
    readonly Regex? _names;

    public GlossaryLinker(IEnumerable<Document> entries)
    {
        foreach (var entry in entries)
        {
            var link = GlossaryIndex.Link(entry);
            foreach (var name in (entry.Get<IReadOnlyList<string>>(GlossarySchema.Aliases) ?? []).Prepend(link.Term))
                _byName.TryAdd(name.Trim(), link);
        }
        if (_byName.Count == 0) return;
        // Longest names first, so "Community Resilience Model" wins over "resilience".
        var alternatives = _byName.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape);
        _names = new Regex($@"(?<![\p{{L}}\p{{N}}_-])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}_-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Links the first mention of each entry in <paramref name="tree"/>, in reading order.</summary>
    public void LinkFirstMentions(MarkdownDocument tree)
    {
        if (_names is null) return;
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var literal in Literals(tree).ToList()) Link(literal, linked);
    }

    void Link(LiteralInline literal, HashSet<string> linked)
    {
        var text = literal.Content.ToString();
        foreach (Match match in _names!.Matches(text))
        {
            var entry = _byName[match.Value];
            if (!linked.Add(entry.Slug)) continue;

            var anchor = new LinkInline(entry.Url, "") { IsClosed = true };
            anchor.GetAttributes().AddClass(LinkClass);
            anchor.AppendChild(new LiteralInline(match.Value));
            if (match.Index > 0) literal.InsertBefore(new LiteralInline(text[..match.Index]));
            literal.InsertBefore(anchor);
            var rest = text[(match.Index + match.Length)..];
            if (rest.Length == 0) { literal.Remove(); return; }
            literal.Content = new Markdig.Helpers.StringSlice(rest);
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

/// <summary>Renders Markdown like <see cref="RenderMarkdown"/>, linking first mentions of the terms in <paramref name="glossaryPipeline"/>'s output.</summary>
public sealed class RenderMarkdownWithGlossaryLinks(string glossaryPipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var linker = new GlossaryLinker(context.OutputsOf(glossaryPipeline));
        return new RenderMarkdown(inspect: (tree, _, _) => linker.LinkFirstMentions(tree)).Execute(inputs, context);
    }
}
