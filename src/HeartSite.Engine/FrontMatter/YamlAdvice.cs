using System.Text.RegularExpressions;

namespace HeartSite.Engine.FrontMatter;

/// <summary>
/// Turns what the YAML reader says into what an editor should do, said first, with the reader's
/// own words after it: "put the value of 'summary' in double quotes: it contains ': '". The
/// position is where the fix belongs, which for a tab is the line with the tab, not where the
/// reader gave up.
/// </summary>
public static partial class YamlAdvice
{
    [GeneratedRegex(@"^\s*(-\s+)?(?<key>[^\s:#][^:#]*?):\s+(?<value>.*)$")]
    private static partial Regex KeyValue();

    /// <summary>The advice for a failure the reader reported at <paramref name="line"/> (1-based, in <paramref name="yaml"/>), and where it applies.</summary>
    public static (string Message, int Line, int Column) For(string yaml, string parserSays, int line, int column)
    {
        var lines = yaml.Split('\n');
        var said = $" (the YAML reader said: {parserSays})";

        // A tab anywhere in the indentation is never valid YAML, whatever the reader trips over later.
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return ("indent with spaces, not a tab: this line starts with a tab character" + said, i + 1, tab + 1);
        }

        var text = line >= 1 && line <= lines.Length ? lines[line - 1] : "";
        var match = KeyValue().Match(text);
        var key = match.Success ? match.Groups["key"].Value.Trim() : null;
        var value = match.Success ? match.Groups["value"].Value.Trim() : "";
        var subject = key is null ? "the value" : $"the value of '{key}'";
        var quoted = key is null ? "" : $", like {key}: \"{value.Replace("\"", "\\\"")}\"";

        // Judged by the line's text more than by the reader's words, which change between YamlDotNet versions.
        var aboutMapping = parserSays.Contains("mapping", StringComparison.OrdinalIgnoreCase);
        var indented = text.Length > 0 && text[0] == ' ' && !text.TrimStart().StartsWith('-');
        string fix;
        if (value.Contains(": ") && (aboutMapping || !value.StartsWith('"')))
            fix = $"put {subject} in double quotes: it contains ': '{quoted}";
        else if (value.Length > 0 && value[0] is '[' or '{' && !value.EndsWith(value[0] == '[' ? ']' : '}'))
            fix = $"put {subject} in double quotes: it starts with '{value[0]}', which YAML reads as the start of a list{quoted}";
        else if (value.Length > 0 && value[0] is '*' or '&' or '!' or '@' or '`' or '%' or '|' or '>')
            fix = $"put {subject} in double quotes: it starts with '{value[0]}', which has a special meaning in YAML{quoted}";
        else if (parserSays.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            fix = $"close the quote in {subject}: a value that starts with \" must end with \" on the same line (write \\\" for a quote inside it)";
        else if (indented || parserSays.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) || parserSays.Contains("indentation", StringComparison.OrdinalIgnoreCase))
            fix = "line this setting up with the others: each top-level setting starts at the beginning of the line, and list items ('- ') are indented under their name";
        else if (aboutMapping)
            fix = "put a space after each ':' that ends a name, and quote values that contain ': '";
        else
            fix = "check this line: one 'name: value' per line, with a space after the colon, and double quotes around values with special characters";
        return (fix + said, line, column);
    }
}
