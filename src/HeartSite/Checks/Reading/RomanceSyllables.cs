namespace HeartSite.Checks.Reading;

/// <summary>
/// Counts the syllables of a Spanish or Portuguese word: one per vowel group, where two strong
/// vowels side by side (a, e, o, and accented ones) are two syllables (le-er, po-e-ma), a weak
/// vowel (i, u) next to another vowel makes a diphthong (cui-da-do, his-tó-ria) unless it carries
/// an accent (dí-a, sa-ú-de), u is silent in que, qui, gue, gui, and the nasal pairs ão, ãe and õe
/// are one syllable (co-ra-ção). Digits count one each, as in English.
/// </summary>
public static class RomanceSyllables
{
    public static int Count(string token)
    {
        var total = 0;
        foreach (var part in token.Split('-', '\u2013', '/'))
        {
            var digits = part.Count(char.IsAsciiDigit);
            var letters = new string(part.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
            total += digits + (letters.Length == 0 ? 0 : Word(letters));
        }
        return total;
    }

    static int Word(string w)
    {
        var count = 0;
        char previous = ' ';
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (!IsVowel(c) || SilentU(w, i)) { previous = ' '; continue; }
            if (previous == ' ' || Splits(previous, c)) count++;
            previous = c;
        }
        return Math.Max(1, count);
    }

    /// <summary>True when <paramref name="b"/> after <paramref name="a"/> starts a new syllable (a hiatus).</summary>
    static bool Splits(char a, char b)
    {
        if (a is 'ã' or 'õ' && b is 'o' or 'e') return false;      // coração, mães, lições
        if (Strong(a) && Strong(b)) return true;                   // le-er, po-e-ma
        if (AccentedWeak(a) || AccentedWeak(b)) return true;      // dí-a, sa-ú-de
        return false;                                              // cui-da-do, his-tó-ria, ciu-dad
    }

    static bool SilentU(string w, int i) =>
        w[i] == 'u' && i > 0 && w[i - 1] is 'q' or 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'é' or 'í';

    static bool IsVowel(char c) => "aeiouáéíóúâêôãõàü".Contains(c);
    static bool Strong(char c) => "aeoáéóâêôãõà".Contains(c);
    static bool AccentedWeak(char c) => c is 'í' or 'ú';
}
