using HeartSite.Content.Glossary;
using HeartSite.Content.News;
using HeartSite.Content.TipSheets;
using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content;

/// <summary>One "Read next" suggestion: what kind of page it is (the theme strings key of its name, like <c>section_news</c>), its title and address.</summary>
public sealed record ReadNextLink(string Kind, string Title, string Url, string? Lang);

/// <summary>
/// "Read next" at the end of each tip sheet, article and glossary entry: up to three of the others
/// that share the most audiences, pillars and glossary terms with it (a glossary entry counts its own
/// term and its related terms). Ties go to the title, then the address, so the choice never depends
/// on build order; a page is never suggested for itself, nor a page that shares nothing.
/// </summary>
public static class ReadNext
{
    public const string Key = "readNext";
    const int Count = 3;

    /// <summary>The suggestions for <paramref name="page"/>, from the pipelines visible in PostProcess.</summary>
    public static KeyValuePair<string, object?> For(Document page, PipelineContext context)
    {
        if (page.Destination is null) return new(Key, null);
        var url = SetDestination.UrlOf(page.Destination);
        var mine = Traits(page);
        var picks = Candidates(context)
            .Where(c => c.Url != url)
            .Select(c => (c.Link, Shared: c.Traits.Count(mine.Contains)))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => c.Link.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Link.Url, StringComparer.Ordinal)
            .Take(Count).Select(c => c.Link).ToList();
        return new(Key, picks);
    }

    sealed record Candidate(string Url, ReadNextLink Link, HashSet<string> Traits);

    static IEnumerable<Candidate> Candidates(PipelineContext context) =>
        new[] { (TipSheetsPipeline.Name, "section_tip_sheet"), (NewsArticlesPipeline.Name, "section_news"), (GlossaryPipeline.Name, "section_glossary") }
            .SelectMany(p => context.OutputsOf(p.Item1).Where(d => d.Destination is not null)
                .Select(d => Known.GetValue(d, document => CandidateOf(document, p.Item2))));

    /// <summary>
    /// Each page weighs every other as a candidate: what a document offers is worked out once, not
    /// once per page that weighs it. A document never changes, and belongs to one pipeline (one kind).
    /// </summary>
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Candidate> Known = new();

    static Candidate CandidateOf(Document d, string kind)
    {
        var url = SetDestination.UrlOf(d.Destination!);
        return new(url, new ReadNextLink(kind, d.GetString(Keys.Title) ?? "", url, Languages.SelectLanguage.LangOf(d)), Traits(d));
    }

    // Prefixes keep an audience, a pillar and a term of the same name apart.
    static HashSet<string> Traits(Document d) =>
    [
        .. List(d, TipSheetSchema.Audiences).Concat(List(d, NewsSchemas.ArticleAudience)).Select(a => "audience:" + a),
        .. List(d, TipSheetSchema.Pillars).Select(p => "pillar:" + p),
        .. List(d, RenderMarkdownWithGlossaryLinks.TermsKey).Concat(List(d, GlossarySchema.Related))
            .Concat(d.RelativeSource?.StartsWith(GlossaryPipeline.Folder + "/", StringComparison.Ordinal) == true ? [d.GetString(Keys.Slug)!] : [])
            .Select(t => "term:" + t.Trim()),
    ];

    static IEnumerable<string> List(Document d, string key) => d.Get<IReadOnlyList<string>>(key) ?? [];
}
