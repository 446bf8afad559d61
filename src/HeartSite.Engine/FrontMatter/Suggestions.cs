namespace HeartSite.Engine.FrontMatter;

/// <summary>"Did you mean …?" for a mistyped name: the closest known name by edit distance, if close enough.</summary>
public static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="unknown"/> (ignoring case), or null when none is near; pass candidates in a stable order.</summary>
    public static string? Closest(string unknown, IEnumerable<string> candidates) => candidates
        .Select(c => (Name: c, Distance: Levenshtein(unknown.ToLowerInvariant(), c.ToLowerInvariant())))
        .Where(x => x.Distance <= Math.Max(2, x.Name.Length / 3))
        .OrderBy(x => x.Distance) // stable: ties go to the earlier candidate
        .Select(x => x.Name).FirstOrDefault();

    static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
