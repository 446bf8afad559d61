using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Languages;
using HeartSite.Site;

namespace HeartSite.Content.Glossary;

/// <summary>A glossary entry as lists show it: a link to its page with its one-sentence definition.</summary>
public sealed record GlossaryEntryLink(string Term, string Slug, string Url, string Definition);

/// <summary>One place in the letter jump bar; letters with no terms are shown but not linked.</summary>
public sealed record GlossaryLetter(string Letter, string Id, bool HasTerms);

/// <summary>The entries whose sort key starts with one letter.</summary>
public sealed record GlossarySection(string Letter, string Id, IReadOnlyList<GlossaryEntryLink> Entries);

/// <summary>
/// The A–Z page at <c>/glossary/</c>. Terms sort in the language's alphabet (<see cref="Alphabet"/>:
/// case and accents ignored, Spanish Ñ after N; never the machine's culture) and ignoring a leading
/// "a", "an" or "the"; terms that start with a digit or symbol go under "#", before A.
/// </summary>
public static class GlossaryIndex
{
    public const string Letters = "letters";
    public const string Sections = "sections";
    public const string Layout = "glossary";
    public const string OtherLetter = Alphabet.OtherLetter;
    static readonly string[] Articles = ["a ", "an ", "the "];

    /// <summary>The index page document, from entries already in A–Z order.</summary>
    public static Document Create(IReadOnlyList<Document> entries, Alphabet alphabet)
    {
        var sections = entries.GroupBy(e => LetterOf(e.GetString(GlossarySchema.Term)!, alphabet))
            .Select(g => new GlossarySection(g.Key, IdOf(g.Key), g.Select(Link).ToList()))
            .ToList();
        var used = sections.Select(s => s.Letter).ToHashSet(StringComparer.Ordinal);
        var letters = (used.Contains(OtherLetter) ? [OtherLetter] : Array.Empty<string>())
            .Concat(alphabet.Letters)
            .Select(letter => new GlossaryLetter(letter, IdOf(letter), used.Contains(letter)))
            .ToList();
        return new Document { Destination = "glossary/index.html" }.With([
            new(Keys.Title, "Glossary of mental health terms"),
            new(Keys.Description, "Plain-language definitions of the mental health, education and health care terms used across the HEART Collective's resources, from A to Z."),
            new(Keys.Layout, Layout),
            new(Letters, letters),
            new(Sections, sections),
        ]);
    }

    /// <summary>Entries in A–Z order by <see cref="SortKey"/>; ties fall back to the term, then the slug.</summary>
    public static IEnumerable<Document> InAlphabeticalOrder(IEnumerable<Document> entries, Alphabet alphabet) => entries
        .OrderBy(e => alphabet.SortKey(SortKey(e.GetString(GlossarySchema.Term)!)), StringComparer.Ordinal)
        .ThenBy(e => e.GetString(GlossarySchema.Term), StringComparer.Ordinal)
        .ThenBy(e => e.GetString(AssignSlugs.SlugKey), StringComparer.Ordinal);

    /// <summary>The term without a leading article: "The Trevor Project" sorts as "Trevor Project".</summary>
    public static string SortKey(string term)
    {
        term = term.Trim();
        foreach (var article in Articles)
            if (term.Length > article.Length && term.StartsWith(article, StringComparison.OrdinalIgnoreCase))
                return term[article.Length..].TrimStart();
        return term;
    }

    /// <summary>The jump-bar letter a term files under: one of the alphabet's, else <see cref="OtherLetter"/>.</summary>
    public static string LetterOf(string term, Alphabet alphabet) => alphabet.LetterOf(SortKey(term));

    public static GlossaryEntryLink Link(Document entry) => new(
        entry.GetString(GlossarySchema.Term)!,
        entry.GetString(AssignSlugs.SlugKey)!,
        SetDestination.UrlOf(entry.Destination!),
        entry.GetString(GlossarySchema.Definition)!);

    static string IdOf(string letter) => letter == OtherLetter ? "letter-symbols" : $"letter-{letter.ToLowerInvariant()}";
}
