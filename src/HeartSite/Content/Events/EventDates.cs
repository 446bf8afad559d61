using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace HeartSite.Content.Events;

/// <summary>
/// How an event's <c>start</c> and <c>end</c> are written: a local date and time
/// (<c>2022-01-19T15:00</c>), or for a start whose day is not announced, only the month
/// (<c>2022-01</c>). The same messages as the schema's date fields: HS0105 for a date not on the
/// calendar, HS0103 for anything else.
/// </summary>
public static class EventDates
{
    static readonly LocalDateTimePattern[] Patterns =
        new[] { "uuuu-MM-dd'T'HH:mm", "uuuu-MM-dd HH:mm", "uuuu-MM-dd'T'HH:mm:ss", "uuuu-MM-dd HH:mm:ss" }
        .Select(p => LocalDateTimePattern.Create(p, CultureInfo.InvariantCulture)).ToArray();

    static readonly YearMonthPattern MonthPattern = YearMonthPattern.Create("uuuu-MM", CultureInfo.InvariantCulture);

    /// <summary>The month, when <paramref name="text"/> gives only a year and month.</summary>
    public static YearMonth? Month(string text) =>
        MonthPattern.Parse(text.Trim()) is { Success: true } result ? result.Value : null;

    public static LocalDateTime? LocalDateTime(string text, string key, Action<string, string, string, string?> error)
    {
        text = text.Trim();
        foreach (var pattern in Patterns)
            if (pattern.Parse(text) is { Success: true } result) return result.Value;
        var shaped = text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-';
        if (shaped && !DateTime.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            error("HS0105", $"'{key}' is not a real date: '{text}'", "check the month has that many days and the month is 01–12", key);
        else
            error("HS0103", $"'{key}' should be a local date and time like 2022-01-19T15:00, not '{text}'",
                key == EventSchema.Start ? "write year-month-dayThour:minute, 24-hour; or only year-month, like 2022-01, when the day is not announced" : "write year-month-dayThour:minute, 24-hour", key);
        return null;
    }
}
