using System.Text;

namespace HeartSite.Content.Events.Calendar;

/// <summary>
/// The text rules of RFC 5545 (section 3.1 and 3.3.11): lines end in CRLF, are folded so no line
/// is longer than 75 octets (never inside a UTF-8 sequence), and TEXT values escape
/// backslash, semicolon, comma and newlines.
/// </summary>
public sealed class ContentLines
{
    public const int MaxOctets = 75;
    readonly StringBuilder _text = new();

    /// <summary>Adds a property whose value is written as is (dates, URIs, enumerated values).</summary>
    public ContentLines Raw(string name, string value)
    {
        _text.Append(Fold($"{name}:{value}")).Append("\r\n");
        return this;
    }

    /// <summary>Adds a TEXT property, escaped.</summary>
    public ContentLines Text(string name, string value) => Raw(name, EscapeText(value));

    public override string ToString() => _text.ToString();

    /// <summary>Escapes a TEXT value; other control characters, which TEXT may not hold, are dropped.</summary>
    public static string EscapeText(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        var text = value.Replace("\r\n", "\n").Replace('\r', '\n');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\n': escaped.Append(@"\n"); break;
                case '\t': escaped.Append(c); break;
                default:
                    if (!char.IsControl(c)) escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// Splits one logical line into physical lines of at most 75 octets joined by CRLF and a space.
    /// Splits fall between whole characters (runes), so a UTF-8 sequence or surrogate pair stays whole.
    /// </summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + line.Length / 70 * 3);
        var used = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > MaxOctets)
            {
                folded.Append("\r\n ");
                used = 1; // the leading space of a continuation line counts
            }
            folded.Append(rune.ToString());
            used += rune.Utf8SequenceLength;
        }
        return folded.ToString();
    }

    /// <summary>Undoes <see cref="Fold"/>: a CRLF followed by one space or tab joins two lines.</summary>
    public static string Unfold(string text) => text.Replace("\r\n ", "").Replace("\r\n\t", "");
}
