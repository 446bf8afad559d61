using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace HeartSite.Content.Events;

/// <summary>
/// How an event's times read on a page, in its own zone, with the abbreviation tzdb gives for
/// each instant (EST in January, EDT in June): "Wednesday, January 19, 2022, 3:00 p.m." to
/// "4:00 p.m. EST", and the ISO 8601 value with offset for <c>&lt;time datetime&gt;</c>. Without an
/// end, only the start ("Monday, August 16, 2021, 12:00 p.m. EDT"); for a month-only event, the
/// month and that the date is to be announced, with no time or zone at all.
/// </summary>
public sealed record EventTimeText(string StartIso, string StartText, string? EndIso, string? EndText, string DateText, string? ZoneId, string? Offset)
{
    public static EventTimeText Of(Event ev, EventWords? words = null)
    {
        var w = words ?? EventWords.English;
        return ev.MonthOnly
            ? new(MonthIso(ev.Start), $"{w.Month(ev.Start.Date)} — {w.ToBeAnnounced}", null, null, w.Month(ev.Start.Date), null, null)
            : ev.End is { } end ? Of(ev.Start, end, w)
            : new(Iso(ev.Start), $"{w.Date(ev.Start.Date)}, {w.Time(ev.Start.TimeOfDay)} {Abbreviation(ev.Start)}", null, null,
                w.Date(ev.Start.Date), ev.Start.Zone.Id, OffsetText(ev.Start.Offset));
    }

    /// <summary>"2022-01": a valid <c>&lt;time datetime&gt;</c> and ISO 8601 date of month precision.</summary>
    public static string MonthIso(ZonedDateTime start) => start.Date.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    public static EventTimeText Of(ZonedDateTime start, ZonedDateTime end, EventWords? words = null)
    {
        var w = words ?? EventWords.English;
        string Date(LocalDate date) => w.Date(date);
        string Time(LocalTime time) => w.Time(time);
        var startZone = Abbreviation(start);
        var endZone = Abbreviation(end);
        var sameDay = start.Date == end.Date;
        var startText = $"{Date(start.Date)}, {Time(start.TimeOfDay)}" + (startZone == endZone ? "" : $" {startZone}");
        var endText = (sameDay ? "" : $"{Date(end.Date)}, ") + $"{Time(end.TimeOfDay)} {endZone}";
        return new(Iso(start), startText, Iso(end), endText, Date(start.Date), start.Zone.Id, OffsetText(start.Offset));
    }

    /// <summary>The zone's abbreviation at that instant, from tzdb: EST or EDT for America/New_York.</summary>
    public static string Abbreviation(ZonedDateTime time) => time.GetZoneInterval().Name;

    /// <summary>ISO 8601 with offset, as <c>&lt;time datetime&gt;</c> and schema.org want: <c>2022-01-19T15:00:00-05:00</c>.</summary>
    public static string Iso(ZonedDateTime time) =>
        time.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => EventWords.English.Date(date);

    /// <summary>"3:00 p.m.", the style American readers expect; 12:00 p.m. is noon.</summary>
    public static string Time(LocalTime time) => EventWords.English.Time(time);

    /// <summary>"UTC−05:00", with a real minus sign as readers see it.</summary>
    public static string OffsetText(Offset offset)
    {
        var span = offset.ToTimeSpan();
        return $"UTC{(span < TimeSpan.Zero ? "\u2212" : "+")}{span.Duration():hh\\:mm}";
    }
}

/// <summary>
/// How one language writes an event's dates and times: NodaTime patterns in a culture that carries
/// the language's month and day names (from its theme strings), and its words for "date to be announced".
/// </summary>
public sealed record EventWords(CultureInfo Culture, string DatePattern, string TimePattern, string MonthPattern, string ToBeAnnounced)
{
    /// <summary>American English: "Wednesday, January 19, 2022", "3:00 p.m.".</summary>
    public static readonly EventWords English = new(EnglishCulture(), "dddd, MMMM d, yyyy", "h:mm tt", "MMMM uuuu", "date to be announced");

    public static EventWords Of(Languages.LanguageStrings words) =>
        new(words.Culture, words.Text("date_full"), words.Text("time"), words.Text("month_year"), words.Text("date_tba"));

    public string Date(LocalDate date) => LocalDatePattern.Create(DatePattern, Culture).Format(date);
    public string Time(LocalTime time) => LocalTimePattern.Create(TimePattern, Culture).Format(time);
    public string Month(LocalDate date) => LocalDatePattern.Create(MonthPattern, Culture).Format(date);

    static CultureInfo EnglishCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.AMDesignator = "a.m.";
        culture.DateTimeFormat.PMDesignator = "p.m.";
        return CultureInfo.ReadOnly(culture);
    }
}
