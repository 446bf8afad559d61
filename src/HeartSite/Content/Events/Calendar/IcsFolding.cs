using System.Text;

namespace HeartSite.Content.Events.Calendar;

/// <summary>
/// Line folding (RFC 5545 section 3.1) applied again to Ical.Net's output. Ical.Net 5.2.4 folds
/// by UTF-16 code unit, so an emoji or other character outside the Basic Multilingual Plane that
/// lands on the 75-octet limit is split into two lone surrogates, which UTF-8 encoding turns into
/// two U+FFFD replacement characters: the text is corrupted for every reader. Unfolding its output
/// and folding between whole characters (runes) keeps every character intact.
/// </summary>
public static class IcsFolding
{
    public const int MaxOctets = 75;

    /// <summary>Joins folded lines: a CRLF followed by one space or tab continues the line before it.</summary>
    public static string Unfold(string text) => text.Replace("\r\n ", "").Replace("\r\n\t", "");

    /// <summary>Every line at most 75 octets, continuation lines starting with a space, CRLF after each line.</summary>
    public static string Refold(string ics)
    {
        var folded = new StringBuilder(ics.Length + ics.Length / 64 * 3);
        foreach (var line in Unfold(ics).Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var used = 0;
            foreach (var rune in line.EnumerateRunes())
            {
                if (used + rune.Utf8SequenceLength > MaxOctets)
                {
                    folded.Append("\r\n ");
                    used = 1; // the continuation line's leading space counts
                }
                folded.Append(rune.ToString());
                used += rune.Utf8SequenceLength;
            }
            folded.Append("\r\n");
        }
        return folded.ToString();
    }
}
