using System.Collections.Concurrent;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.Glossary;

/// <summary>
/// Renders Markdown like <see cref="RenderMarkdown"/>, linking the first mention of each glossary
/// term (see <see cref="GlossaryLinker"/>). Every content type with a body that readers read
/// uses this one module; its pipeline lists <see cref="GlossaryPipeline.Name"/> in <c>DependsOn</c>.
/// Each rendered document keeps the slugs of the entries it links to under <see cref="TermsKey"/>,
/// which the glossary's "Where this term is used" and "Read next" read.
/// </summary>
public sealed class RenderMarkdownWithGlossaryLinks : IModule
{
    /// <summary>The slugs of the glossary entries a page links to, in ordinal order.</summary>
    public const string TermsKey = "glossaryTerms";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var linker = Linkers.GetValue(context.OutputsOf(GlossaryPipeline.Name), static entries => new GlossaryLinker(entries));
        // Documents render in parallel; each records its terms under its own source path.
        var terms = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var rendered = new RenderMarkdown(inspect: (tree, document, _) =>
        {
            var found = linker.LinkFirstMentions(tree, document.Destination is { } d ? SetDestination.UrlOf(d) : null);
            if (document.Source is { } source) terms[source] = found;
        }).Execute(inputs, context);
        return rendered.Select(d => d.With(TermsKey, d.Source is { } s && terms.TryGetValue(s, out var t) ? t : Array.Empty<string>())).ToList();
    }

    /// <summary>
    /// One linker per list of entries: every pipeline of a language's build sees the same list, and
    /// building the linker's pattern of every term and alias costs more than linking a page.
    /// </summary>
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Document>, GlossaryLinker> Linkers = new();

    /// <summary>A page that uses a glossary term, as "Where this term is used" lists it.</summary>
    public sealed record Use(string Title, string Url);

    /// <summary>
    /// Every page among <paramref name="pages"/> that links to the entry <paramref name="slug"/>,
    /// sorted by title (ignoring case), then address, so the list never depends on build order.
    /// </summary>
    public static IReadOnlyList<Use> UsesOf(string slug, IEnumerable<Document> pages) => pages
        .Where(p => p.Destination is not null && p.Get<IReadOnlyList<string>>(TermsKey)?.Contains(slug) == true)
        .Select(p => new Use(p.GetString(Keys.Title) ?? "", SetDestination.UrlOf(p.Destination!)))
        .OrderBy(u => u.Title, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Url, StringComparer.Ordinal)
        .ToList();
}
