using System.Globalization;
using System.Text;

namespace HeartSite.Engine.Diagnostics;

/// <summary>
/// Makes text from content safe to print. A value from a content file can hold terminal escape
/// sequences, line breaks or a leading <c>::</c>, which GitHub Actions reads as a workflow command
/// (it could forge annotations or switch commands off). Control characters, bidirectional
/// overrides and line separators are shown as <c>\uXXXX</c>, and no line starts with <c>::</c>.
/// </summary>
public static class ConsoleText
{
    /// <summary>The text with every character a terminal or log viewer would act on shown as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        return builder.ToString();
    }

    /// <summary>One whole line to print: escaped, and never starting with <c>::</c>.</summary>
    public static string Line(string text)
    {
        var escaped = Escape(text);
        return escaped.StartsWith("::", StringComparison.Ordinal) ? "\\u003A" + escaped[1..] : escaped;
    }

    static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
