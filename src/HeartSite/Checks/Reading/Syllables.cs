namespace HeartSite.Checks.Reading;

/// <summary>
/// Counts the syllables of an English word for the Flesch–Kincaid grade. No library on the package
/// source does this, so it is the usual vowel-group rule with the few corrections English needs:
/// a silent final e (care, make, but table), silent -es and -ed (makes, trained, but boxes,
/// wanted), y as a consonant before a vowel (beyond), u as a consonant after q and g (quality,
/// guide), and vowel pairs that are two syllables (usual, period, barrier, anxiety, being). Words
/// the rules get wrong are listed once in <see cref="Exceptions"/>. Digits count one syllable each
/// ("988" is nine-eight-eight); a hyphenated word is the sum of its parts.
/// </summary>
public static class Syllables
{
    static readonly Dictionary<string, int> Exceptions = new(StringComparer.Ordinal)
    {
        ["anyone"] = 3, ["area"] = 3, ["business"] = 2, ["client"] = 2, ["create"] = 2, ["created"] = 3,
        ["creating"] = 3, ["creative"] = 3, ["every"] = 2, ["everyone"] = 3, ["everything"] = 3, ["idea"] = 3,
        ["people"] = 2, ["poem"] = 2, ["real"] = 1, ["science"] = 2, ["someone"] = 2, ["sometimes"] = 2,
        ["suicide"] = 3, ["suicidal"] = 4, ["theory"] = 3, ["video"] = 3, ["whatever"] = 3, ["statewide"] = 2,
        ["lifeline"] = 2, ["homework"] = 2, ["evening"] = 2, ["heartsite"] = 2, ["wellbeing"] = 3,
    };

    /// <summary>The syllables in <paramref name="token"/>, a word as it appears in text (punctuation ignored); 0 when it has no letters or digits.</summary>
    public static int Count(string token)
    {
        var total = 0;
        foreach (var part in token.Split('-', '\u2013', '/'))
        {
            var digits = part.Count(char.IsAsciiDigit);
            var letters = new string(part.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
            total += digits + (letters.Length == 0 ? 0 : Word(letters));
        }
        return total;
    }

    static int Word(string w)
    {
        if (Exceptions.TryGetValue(w, out var known)) return known;
        if (w.EndsWith('s') && Exceptions.TryGetValue(w[..^1], out known)) return known;
        if (w.Length <= 3) return 1;

        var groups = new List<(int Start, int End)>();
        for (var i = 0; i < w.Length; i++)
        {
            if (!IsVowel(w, i)) continue;
            var start = i;
            while (i + 1 < w.Length && IsVowel(w, i + 1)) i++;
            groups.Add((start, i));
        }
        var count = groups.Count;
        foreach (var (start, end) in groups)
            count += SplitPairs(w, start, end);

        var last = groups.Count > 0 ? groups[^1] : (Start: -1, End: -1);
        var stem = StripSuffix(w);
        if (SilentE(w, last)) count--;
        else if (stem.Length < w.Length && stem.Length > 2 && stem[^1] == 'e' && !IsVowel(stem, stem.Length - 2) && !stem.EndsWith("le", StringComparison.Ordinal)) count--;
        else if (w.EndsWith("es", StringComparison.Ordinal) && last.Start == w.Length - 2 && !Sibilant(w[..^2])) count--;
        else if (w.EndsWith("ed", StringComparison.Ordinal) && last.Start == w.Length - 2 && w[^3] is not ('t' or 'd')) count--;
        return Math.Max(1, count);
    }

    /// <summary>A final e alone after a consonant is silent (care), except in -le after a consonant (table).</summary>
    static bool SilentE(string w, (int Start, int End) last) =>
        w[^1] == 'e' && last.Start == w.Length - 1
        && !(w.EndsWith("le", StringComparison.Ordinal) && !IsVowel(w, w.Length - 3));

    /// <summary>The word without a suffix that keeps its stem's silent e (lonely, statement, careful, hopeless).</summary>
    static string StripSuffix(string w)
    {
        foreach (var suffix in (string[])["ments", "ment", "ness", "less", "ful", "ly"])
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length > suffix.Length + 2) return w[..^suffix.Length];
        return w;
    }

    /// <summary>Vowel pairs read as two syllables: us-u-al, pe-ri-od, bar-ri-er, anx-i-e-ty, be-ing, co-or-di-nate, ge-og-ra-phy.</summary>
    static int SplitPairs(string w, int start, int end)
    {
        var group = w[start..(end + 1)];
        var before = start > 0 ? w[start - 1] : ' ';
        var after = end + 1 < w.Length ? w[end + 1] : ' ';
        var extra = 0;
        if (group.Contains("ua") && before is not ('q' or 'g')) extra++;
        if (group == "ia" && before is not ('c' or 't' or 's' or 'g') && start > 0) extra++;
        if (group == "io" && start > 0 && after != 'n' && !(after == 'r' && HasVowelBefore(w, start))) extra++;
        if (group == "iou" && before is not ('c' or 't' or 'x' or 'g')) extra++;
        if (group == "ie" && start > 0 && (after == 't' || (after == 'r' && start > 1 && HasVowelBefore(w, start)) || After(w, end, "st"))) extra++;
        if (group == "ie" && after == 'n' && before is not ('t' or 'c' or 's' or 'l')) extra++;
        if (group == "ue" && after != ' ' && after != 's' && before is not ('q' or 'g')) extra++;
        if (group.Length >= 2 && group[^1] == 'i' && w.AsSpan(end + 1).SequenceEqual("ng")) extra++;
        if (group == "oo" && start == 1 && w[0] == 'c' && after is 'r' or 'p') extra++;
        if (group == "eo" && before == 'g') extra++;
        return extra;
    }

    static bool After(string w, int end, string text) => w.AsSpan(end + 1).StartsWith(text, StringComparison.Ordinal);

    static bool HasVowelBefore(string w, int index)
    {
        for (var i = 0; i < index; i++) if (IsVowel(w, i)) return true;
        return false;
    }

    static bool Sibilant(string stem) =>
        stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal)
        || stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith('g') || stem.EndsWith('c');

    /// <summary>a e i o u, y except before a vowel (beyond, yes), u after q or g before a vowel (quality, guide).</summary>
    static bool IsVowel(string w, int i)
    {
        var c = w[i];
        if (c == 'y') return i > 0 && !(i + 1 < w.Length && "aeiou".Contains(w[i + 1]));
        if (c == 'u' && i > 0 && w[i - 1] is 'q' or 'g' && i + 1 < w.Length && "aeiouy".Contains(w[i + 1])) return false;
        return c is 'a' or 'e' or 'i' or 'o' or 'u';
    }
}
