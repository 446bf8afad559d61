using System.Text;
using HeartSite.Content.Events;
using HeartSite.Content.Events.Calendar;
using HeartSite.Site;
using NodaTime;

namespace HeartSite.Tests.Content.Events;

/// <summary>RFC 5545's text rules (3.1 folding, 3.3.11 escaping, CRLF) checked on the calendar files the site writes.</summary>
public class CalendarFoldingTests
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5));
    static readonly SiteData Site = new("HEART Collective", "t", "d", new HeartSite.Engine.SiteUrls("https://www.heartcollective.info/"), "en-US",
        "America/New_York", "https://example.org/", [], new CrisisLine("988", "988", "988", "https://988lifeline.org/"));

    /// <summary>The calendar file of one event with this title.</summary>
    static string Calendar(string title) => EventCalendar.Write(
        [EventCalendarTests.Make("e", new LocalDateTime(2022, 3, 10, 15, 0), new LocalDateTime(2022, 3, 10, 16, 0), title: title)], Site, Now);

    /// <summary>The SUMMARY's physical lines, as written.</summary>
    static string[] SummaryLines(string ics)
    {
        var lines = ics.Split("\r\n");
        var first = Array.FindIndex(lines, l => l.StartsWith("SUMMARY:", StringComparison.Ordinal));
        return lines.Skip(first).Take(1).Concat(lines.Skip(first + 1).TakeWhile(l => l.StartsWith(' '))).ToArray();
    }

    public static TheoryData<string> LongValues => new()
    {
        string.Concat(Enumerable.Repeat("Schools and health centers, side by side; ", 8)),
        string.Concat(Enumerable.Repeat("Écoles et centres de santé – été ", 10)),
        string.Concat(Enumerable.Repeat("学校と保健センター", 20)),
        string.Concat(Enumerable.Repeat("💬🏫❤️", 30)),
        new string('a', 66) + "é" + new string('b', 73) + "😀" + "c",
    };

    [Theory]
    [MemberData(nameof(LongValues))]
    public void Folded_lines_are_at_most_75_octets_never_split_a_character_and_unfold_to_the_original(string value)
    {
        var ics = Calendar(value);
        var physical = SummaryLines(ics);
        Assert.True(physical.Length > 1);
        foreach (var part in ics.Split("\r\n"))
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            Assert.True(bytes.Length <= IcsFolding.MaxOctets, $"{bytes.Length} octets: {part}");
            // A split inside a UTF-8 sequence would leave invalid bytes (or a lone surrogate) at a line's end or start.
            Assert.Equal(part, StrictUtf8.GetString(StrictUtf8.GetBytes(part)));
        }
        Assert.All(physical.Skip(1), p => Assert.StartsWith(" ", p));
        Assert.Equal("SUMMARY:" + IcsReading.Escaped(value), IcsReading.Unfold(string.Join("\r\n", physical)));
    }

    [Fact]
    public void Folding_fills_lines_to_exactly_75_octets_and_moves_a_multibyte_character_whole()
    {
        var folded = SummaryLines(Calendar(new string('a', 66) + "é" + "z"));
        Assert.Equal("SUMMARY:" + new string('a', 66), folded[0]); // 74 + 2 octets would be 76
        Assert.Equal(" éz", folded[1]);
        Assert.Equal(["SUMMARY:" + new string('a', 67)], SummaryLines(Calendar(new string('a', 67))));
    }

    [Theory]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    public void Surrogate_pairs_are_never_separated(int before)
    {
        // Every alignment of the emoji against the 75-octet limit, so one of them falls across it.
        var value = new string('a', before) + "😀😀";
        var physical = SummaryLines(Calendar(value));
        foreach (var part in physical)
            for (var i = 0; i < part.Length; i++)
                if (char.IsHighSurrogate(part[i])) Assert.True(i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]), part);
        Assert.Equal("SUMMARY:" + value, IcsReading.Unfold(string.Join("\r\n", physical)));
    }

    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("one; two, three", @"one\; two\, three")]
    [InlineData("line one\nline two\r\nline three", @"line one\nline two\nline three")]
    [InlineData("bell\u0007 gone, tab\tkept", "bell gone\\, tab\tkept")]
    [InlineData("Café — naïve", "Café — naïve")]
    public void Text_values_are_escaped(string value, string expected) =>
        Assert.Equal("SUMMARY:" + expected, IcsReading.Property(Calendar(value), "SUMMARY"));

    [Fact]
    public void Every_line_ends_in_CRLF()
    {
        var text = Calendar("a\nb");
        Assert.Equal(@"SUMMARY:a\nb", IcsReading.Property(text, "SUMMARY"));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));
        Assert.DoesNotContain('\r', text.Replace("\r\n", ""));
    }
}
