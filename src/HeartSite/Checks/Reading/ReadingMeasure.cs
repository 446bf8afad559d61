using System.Text;
using AngleSharp.Dom;
using HeartSite.Content;

namespace HeartSite.Checks.Reading;

/// <summary>
/// Words, sentences and syllables of a text, and its Flesch–Kincaid grade:
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59. A page is measured over its
/// <c>main</c> element one leaf block at a time (a paragraph, list item, heading, table cell, dt or
/// dd), because a heading or a list item without a full stop is still a sentence of its own:
/// run together, a list of short items would read as one endless sentence.
/// </summary>
public sealed record ReadingMeasure(int Words, int Sentences, int Syllables)
{
    /// <summary>The usual ceiling for public-health writing (CDC Clear Communication Index, plainlanguage.gov).</summary>
    public const double DefaultGrade = 8;

    public static readonly ReadingMeasure Empty = new(0, 0, 0);

    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;
    public double SyllablesPerWord => Words == 0 ? 0 : (double)Syllables / Words;
    public double Grade => Words == 0 ? 0 : 0.39 * WordsPerSentence + 11.8 * SyllablesPerWord - 15.59;

    /// <summary>Spanish reading ease (Fernández-Huerta, as corrected to use words per sentence): 206.84 − 60 × syllables per word − 1.02 × words per sentence; 70 and up is easy.</summary>
    public double FernandezHuerta => Words == 0 ? 100 : 206.84 - 60 * SyllablesPerWord - 1.02 * WordsPerSentence;

    /// <summary>Portuguese reading ease (Flesch as adapted by Martins et al., 1996): 248.835 − 1.015 × words per sentence − 84.6 × syllables per word; 50 and up is easy.</summary>
    public double FleschMartins => Words == 0 ? 100 : 248.835 - 1.015 * WordsPerSentence - 84.6 * SyllablesPerWord;

    /// <summary>How this measure is judged for a language code: English by grade (lower is easier), Spanish and Portuguese by ease (higher is easier).</summary>
    public static SyllableMemo SyllableCounter(string languageCode) =>
        languageCode is "es" or "pt" ? RomanceWords : EnglishWords;

    static readonly SyllableMemo EnglishWords = new(Reading.Syllables.Count);
    static readonly SyllableMemo RomanceWords = new(RomanceSyllables.Count);

    public static ReadingMeasure operator +(ReadingMeasure a, ReadingMeasure b) =>
        new(a.Words + b.Words, a.Sentences + b.Sentences, a.Syllables + b.Syllables);

    /// <summary>One block of text: each run ending in . ! or ? is a sentence, and so is the rest.</summary>
    public static ReadingMeasure OfBlock(string text) => OfBlock(text, EnglishWords);

    /// <summary>One block of text, its syllables counted by <paramref name="syllables"/> (the language's rule).</summary>
    public static ReadingMeasure OfBlock(string text, SyllableMemo syllables)
    {
        var (words, total) = (0, 0);
        // The words are the runs between white space, as string.Split would give them, looked at in place.
        for (var start = 0; start < text.Length;)
        {
            if (char.IsWhiteSpace(text[start])) { start++; continue; }
            var end = start + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var count = syllables.Count(text.AsSpan(start, end - start));
            start = end;
            if (count <= 0) continue;
            words++;
            total += count;
        }
        if (words == 0) return Empty;
        return new(words, Math.Max(1, OneSentence.Count(text)), total);
    }

    /// <summary>The page's <c>main</c> text, block by block; null when the page has no <c>main</c>.</summary>
    public static ReadingMeasure? OfPage(CheckedPage page) => OfPage(page, LanguageOf(page));

    /// <summary>The page's <c>main</c> text, syllables counted by the rule for <paramref name="languageCode"/>.</summary>
    public static ReadingMeasure? OfPage(CheckedPage page, string languageCode) =>
        page.First("main") is { } main
            ? Blocks(main).Aggregate(Empty, (sum, block) => sum + OfBlock(block, SyllableCounter(languageCode)))
            : null;

    /// <summary>The primary language code of a page's <c>&lt;html lang&gt;</c>: <c>es</c> for <c>es-US</c>; <c>en</c> when it has none.</summary>
    public static string LanguageOf(CheckedPage page) =>
        page.Language is { Length: > 0 } lang ? lang.Split('-')[0].ToLowerInvariant() : "en";

    /// <summary>The text of each block under <paramref name="root"/>, without the text of the blocks nested in it.</summary>
    public static IReadOnlyList<string> Blocks(IElement root)
    {
        var blocks = new List<string>();
        var own = new StringBuilder();
        Collect(root, own, blocks);
        blocks.Add(own.ToString());
        return blocks.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b.Trim()).ToList();
    }

    static void Collect(INode node, StringBuilder own, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) own.Append(text.Data);
            if (child is not IElement element || Unread.Contains(element.LocalName) || element.HasAttribute("hidden")) continue;
            if (!BlockNames.Contains(element.LocalName))
            {
                if (element.LocalName == "br") own.Append(' ');
                Collect(element, own, blocks);
                continue;
            }
            var inner = new StringBuilder();
            Collect(element, inner, blocks);
            blocks.Add(inner.ToString());
            own.Append(' ');
        }
    }

    static readonly HashSet<string> Unread = ["script", "style", "template", "noscript"];

    static readonly HashSet<string> BlockNames =
    [
        "p", "li", "dt", "dd", "td", "th", "caption", "figcaption", "blockquote", "pre", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "div", "section", "article", "aside", "nav",
        "header", "footer", "figure", "details", "form", "fieldset", "address", "main",
    ];
}

/// <summary>
/// A language's syllable count, each distinct word counted once per process: a site repeats the
/// same few thousand words on every page (counting every occurrence was most of the checks' time
/// after parsing the pages), and a word already known is looked up without copying it out of its text.
/// </summary>
public sealed class SyllableMemo
{
    readonly Func<string, int> _count;
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _known = new(StringComparer.Ordinal);
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    int _added;

    public SyllableMemo(Func<string, int> count)
    {
        _count = count;
        _bySpan = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count(ReadOnlySpan<char> token)
    {
        if (_bySpan.TryGetValue(token, out var syllables)) return syllables;
        // serve runs for hours over edited text: a bound keeps a long session's memory flat. Words
        // are counted as they are added, as the dictionary's own count takes every one of its locks.
        if (Interlocked.Increment(ref _added) > 100_000)
        {
            _known.Clear();
            Interlocked.Exchange(ref _added, 0);
        }
        var word = token.ToString();
        return _known[word] = _count(word);
    }
}
