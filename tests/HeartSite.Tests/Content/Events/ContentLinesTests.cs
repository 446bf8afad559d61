using System.Text;
using HeartSite.Content.Events.Calendar;

namespace HeartSite.Tests.Content.Events;

public class ContentLinesTests
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TheoryData<string> LongLines => new()
    {
        "DESCRIPTION:" + string.Concat(Enumerable.Repeat("Schools and health centers, side by side; ", 8)),
        "SUMMARY:" + string.Concat(Enumerable.Repeat("Écoles et centres de santé – été ", 10)),
        "SUMMARY:" + string.Concat(Enumerable.Repeat("学校と保健センター", 20)),
        "SUMMARY:" + string.Concat(Enumerable.Repeat("💬🏫❤️", 30)),
        "X:" + new string('a', 72) + "é" + new string('b', 73) + "😀" + "c",
    };

    [Theory]
    [MemberData(nameof(LongLines))]
    public void Folded_lines_are_at_most_75_octets_never_split_a_character_and_unfold_to_the_original(string line)
    {
        var folded = ContentLines.Fold(line);
        var physical = folded.Split("\r\n");
        Assert.True(physical.Length > 1);
        foreach (var part in physical)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            Assert.True(bytes.Length <= ContentLines.MaxOctets, $"{bytes.Length} octets: {part}");
            // A split inside a UTF-8 sequence would leave invalid bytes (or a lone surrogate) at a line's end or start.
            Assert.Equal(part, StrictUtf8.GetString(StrictUtf8.GetBytes(part)));
        }
        Assert.All(physical.Skip(1), p => Assert.StartsWith(" ", p));
        Assert.Equal(line, ContentLines.Unfold(folded));
    }

    [Fact]
    public void Folding_fills_lines_to_exactly_75_octets_and_moves_a_multibyte_character_whole()
    {
        var folded = ContentLines.Fold(new string('a', 74) + "é" + "z").Split("\r\n");
        Assert.Equal(new string('a', 74), folded[0]); // 74 + 2 octets would be 76
        Assert.Equal(" éz", folded[1]);
        Assert.Equal([new string('a', 75)], ContentLines.Fold(new string('a', 75)).Split("\r\n"));
    }

    [Fact]
    public void Surrogate_pairs_are_never_separated()
    {
        var line = "X:" + new string('a', 71) + "😀😀";
        var physical = ContentLines.Fold(line).Split("\r\n");
        foreach (var part in physical)
            for (var i = 0; i < part.Length; i++)
                if (char.IsHighSurrogate(part[i])) Assert.True(i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]), part);
        Assert.Equal(line, ContentLines.Unfold(string.Join("\r\n", physical)));
    }

    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("one; two, three", @"one\; two\, three")]
    [InlineData("line one\nline two\r\nline three", @"line one\nline two\nline three")]
    [InlineData("bell\u0007 gone, tab\tkept", "bell gone\\, tab\tkept")]
    [InlineData("Café — naïve", "Café — naïve")]
    public void Text_values_are_escaped(string value, string expected) =>
        Assert.Equal(expected, ContentLines.EscapeText(value));

    [Fact]
    public void Every_line_ends_in_CRLF()
    {
        var text = new ContentLines().Raw("BEGIN", "VCALENDAR").Text("SUMMARY", "a\nb").Raw("END", "VCALENDAR").ToString();
        Assert.Equal("BEGIN:VCALENDAR\r\nSUMMARY:a\\nb\r\nEND:VCALENDAR\r\n", text);
    }
}
