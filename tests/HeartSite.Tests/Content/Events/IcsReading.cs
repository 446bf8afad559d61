using HeartSite.Content.Events.Calendar;

namespace HeartSite.Tests.Content.Events;

/// <summary>
/// Reads calendar output the way a calendar app does, so assertions do not depend on choices RFC
/// 5545 leaves to the writer: lines are unfolded, a component's properties may come in any order
/// (Ical.Net writes them alphabetically) and so may sibling components (STANDARD before DAYLIGHT).
/// <see cref="Canonical"/> puts them in one fixed order: the calendar's VERSION, PRODID, CALSCALE,
/// METHOD; an observance's DTSTART, TZOFFSETFROM, TZOFFSETTO, TZNAME; observances by DTSTART.
/// </summary>
static class IcsReading
{
    static readonly string[] Rank = ["VERSION", "PRODID", "CALSCALE", "METHOD", "TZID", "DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME"];

    public static string Unfold(string ics) => IcsFolding.Unfold(ics);

    /// <summary>The unfolded text with properties and observances in the fixed order, CRLF after each line.</summary>
    public static string Canonical(string ics)
    {
        var lines = Unfold(ics).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        return string.Concat(Component(lines, ref at).Select(l => l + "\r\n"));
    }

    static List<string> Component(string[] lines, ref int at)
    {
        var begin = lines[at++];
        var properties = new List<string>();
        var children = new List<List<string>>();
        while (!lines[at].StartsWith("END:", StringComparison.Ordinal))
        {
            if (lines[at].StartsWith("BEGIN:", StringComparison.Ordinal)) children.Add(Component(lines, ref at));
            else properties.Add(lines[at++]);
        }
        var end = lines[at++];
        var observances = begin == "BEGIN:VTIMEZONE";
        return [begin,
            .. properties.OrderBy(p => Array.IndexOf(Rank, Name(p)) is var i && i >= 0 ? i : Rank.Length),
            .. (observances ? children.OrderBy(c => c.Single(l => l.StartsWith("DTSTART", StringComparison.Ordinal)), StringComparer.Ordinal) : children.AsEnumerable()).SelectMany(c => c),
            end];
    }

    static string Name(string line) => line[..line.IndexOfAny([':', ';'])];

    /// <summary>The one line of the first VEVENT that holds property <paramref name="name"/>, unfolded.</summary>
    public static string Property(string ics, string name) =>
        Unfold(ics).Split("\r\n").SkipWhile(l => l != "BEGIN:VEVENT").Single(l => l.StartsWith(name + ":") || l.StartsWith(name + ";"));

    /// <summary>RFC 5545 3.3.11 TEXT escaping, written out here as the tests' own reference.</summary>
    public static string Escaped(string text) =>
        text.Replace(@"\", @"\\").Replace(";", @"\;").Replace(",", @"\,").Replace("\n", @"\n");
}
