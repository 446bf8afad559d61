using System.Text;

namespace HeartSite.Languages;

/// <summary>
/// A language's alphabet, from its strings' <c>alphabet:</c> list, for the glossary's A–Z: what
/// letter a term files under and the order terms sort in. A letter the list names is a letter of
/// its own, in the list's place (Spanish Ñ, after N); any other accented letter counts as its plain
/// letter (É as E, Ç as C), and case never matters. The build runs with invariant globalization, so
/// this is the collation a language needs for its lists, without the machine's culture.
/// </summary>
public sealed class Alphabet
{
    /// <summary>Where terms that start with a digit or symbol file: before the first letter.</summary>
    public const string OtherLetter = "#";

    /// <summary>The default when no strings are given: A to Z.</summary>
    public static readonly Alphabet Latin = new(Enumerable.Range('A', 26).Select(c => ((char)c).ToString()).ToList());

    readonly Dictionary<char, int> _places;

    public Alphabet(IReadOnlyList<string> letters)
    {
        Letters = letters;
        _places = letters.Select((l, i) => (Letter: l.Trim().ToUpperInvariant(), i)).Where(p => p.Letter.Length == 1)
            .ToDictionary(p => p.Letter[0], p => p.i);
    }

    /// <summary>The letters, in order, as the jump list shows them.</summary>
    public IReadOnlyList<string> Letters { get; }

    public static Alphabet Of(LanguageStrings? words) =>
        words?.Values.GetValueOrDefault("alphabet") is List<object?> { Count: > 0 } list
            ? new Alphabet(list.Select(v => v?.ToString() ?? "").ToList())
            : Latin;

    /// <summary>The letter <paramref name="text"/> files under, or <see cref="OtherLetter"/>.</summary>
    public string LetterOf(string text)
    {
        var first = text.TrimStart().EnumerateRunes().FirstOrDefault().ToString();
        return first.Length == 1 && Place(first[0]) is { } place ? Letters[place].Trim() : OtherLetter;
    }

    /// <summary>A key that sorts ordinally in this alphabet's order: each letter becomes its place; anything else stays, before every letter.</summary>
    public string SortKey(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
            key.Append(Place(c) is { } place ? (char)(0xE000 + place) : char.ToUpperInvariant(c));
        return key.ToString();
    }

    int? Place(char c)
    {
        var upper = char.ToUpperInvariant(c);
        if (_places.TryGetValue(upper, out var place)) return place;
        // Not a letter of its own: its plain letter, if it has one (É → E). Unicode decomposition
        // does nothing without culture data, so the slug maker's table says which letter that is.
        return Engine.Safety.TitleSlug.PlainLetterOf(char.ToLowerInvariant(c)) is { } plain
            && _places.TryGetValue(char.ToUpperInvariant(plain), out place) ? place : null;
    }
}
