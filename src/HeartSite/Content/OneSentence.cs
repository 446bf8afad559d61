using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Content;

/// <summary>
/// Checks that a short text field (a glossary definition, a tip sheet summary) is exactly one
/// sentence: not blank (HS0401), one sentence only (HS0402), ending with . ! or ? (HS0403).
/// A sentence ends at . ! or ? followed by a space and a capital letter or digit, except after
/// common abbreviations such as "e.g." or "U.S.".
/// </summary>
public static class OneSentence
{
    static readonly string[] Abbreviations = ["e.g.", "i.e.", "etc.", "U.S.", "vs.", "Dr.", "St.", "No.", "Inc.", "a.m.", "p.m."];

    /// <summary>Reports a problem with <paramref name="key"/>'s text; true when it is one sentence.</summary>
    public static bool Check(Document document, string key, Action<Diagnostic> report)
    {
        var text = document.GetString(key)?.Trim() ?? "";
        if (text.Length == 0)
        {
            report(Diagnostic.Error("HS0401", $"'{key}' is blank", $"write one sentence after '{key}:'", document, key));
            return false;
        }
        var count = Count(text);
        if (count > 1)
        {
            report(Diagnostic.Error("HS0402", $"'{key}' has {count} sentences; it should have exactly one",
                "keep the first sentence here and move the rest into the body below the front matter", document, key));
            return false;
        }
        if (text[^1] is not ('.' or '!' or '?'))
        {
            report(Diagnostic.Error("HS0403", $"'{key}' does not end like a sentence", "end it with a full stop", document, key));
            return false;
        }
        return true;
    }

    /// <summary>How many sentences <paramref name="text"/> holds (0 when blank).</summary>
    public static int Count(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return 0;
        var sentences = 1;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || !char.IsWhiteSpace(text[i + 1])) continue;
            var next = text.AsSpan(i + 1).TrimStart();
            if (next.Length == 0 || !(char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '"' or '“' or '(')) continue;
            if (EndsWithAbbreviation(text.AsSpan(0, i + 1))) continue;
            sentences++;
        }
        return sentences;
    }

    static bool EndsWithAbbreviation(ReadOnlySpan<char> text)
    {
        foreach (var abbreviation in Abbreviations)
            if (text.EndsWith(abbreviation, StringComparison.Ordinal)
                && (text.Length == abbreviation.Length || !char.IsLetter(text[^(abbreviation.Length + 1)])))
                return true;
        return false;
    }
}
