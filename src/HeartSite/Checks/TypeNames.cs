namespace HeartSite.Checks;

/// <summary>
/// The element names a selector list can match, read from its text: <c>a[href], img:not([alt])</c>
/// can match only <c>a</c> and <c>img</c> elements, so a page need test only those against it.
/// </summary>
public static class TypeNames
{
    /// <summary>
    /// The lower-case names, when every selector of the list is one compound selector that starts
    /// with a type (no combinator, no <c>*</c>); null when one may match an element of any name.
    /// </summary>
    public static string[]? Of(string selectorList)
    {
        var names = new List<string>();
        var (depth, start) = (0, 0);
        char quote = '\0';
        for (var i = 0; i <= selectorList.Length; i++)
        {
            var c = i < selectorList.Length ? selectorList[i] : ',';
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '[' or '(': depth++; break;
                case ']' or ')': depth--; break;
                case ',' when depth == 0:
                    if (Leading(selectorList.AsSpan(start, i - start).Trim()) is not { } name) return null;
                    names.Add(name);
                    start = i + 1;
                    break;
                case ' ' or '\t' or '\n' or '>' or '+' or '~' when depth == 0 && !IsEdge(selectorList, start, i):
                    return null;
            }
        }
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    // White space around a comma separates selectors; anywhere else it is a descendant combinator.
    static bool IsEdge(string list, int start, int i)
    {
        if (!char.IsWhiteSpace(list[i])) return false;
        var before = list.AsSpan(start, i - start).Trim();
        var after = list.AsSpan(i).TrimStart();
        return before.Length == 0 || after.Length == 0 || after[0] == ',';
    }

    static string? Leading(ReadOnlySpan<char> selector)
    {
        var end = 0;
        while (end < selector.Length && (char.IsAsciiLetterOrDigit(selector[end]) || selector[end] == '-')) end++;
        return end > 0 && char.IsAsciiLetter(selector[0]) ? selector[..end].ToString().ToLowerInvariant() : null;
    }
}
