using System.Globalization;

namespace HeartSite.Checks.Reading;

/// <summary>
/// <c>check --report reading</c>: every page's reading score, words per sentence and syllables per
/// word, worst first, then the median, so an editor sees where to start. English pages are listed
/// by Flesch–Kincaid grade; Spanish and Portuguese pages after them by reading ease
/// (Fernández-Huerta, Flesch–Martins), each language on its own.
/// </summary>
public static class ReadingReport
{
    public static void Write(CheckedSite site, TextWriter output)
    {
        var rows = site.Pages.Select(p => (Page: p.RelativePath, Code: ReadingMeasure.LanguageOf(p), Measure: ReadingMeasure.OfPage(p)))
            .Where(r => r.Measure is { Words: > 0 })
            .Select(r => (r.Page, r.Code, Measure: r.Measure!, Score: Score(r.Code, r.Measure!)))
            .ToList();
        foreach (var group in rows.GroupBy(r => r.Code).OrderBy(g => g.Key == "en" ? "" : g.Key, StringComparer.Ordinal))
        {
            var ease = group.Key is "es" or "pt";
            var ordered = ease
                ? group.OrderBy(r => r.Score).ThenBy(r => r.Page, StringComparer.Ordinal).ToList()
                : group.OrderByDescending(r => r.Score).ThenBy(r => r.Page, StringComparer.Ordinal).ToList();
            output.WriteLine(ease ? $"{"ease",5}  words/sentence  syllables/word  page ({group.Key})" : "grade  words/sentence  syllables/word  page");
            foreach (var (page, _, m, score) in ordered)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score,5:0.0}  {m.WordsPerSentence,14:0.0}  {m.SyllablesPerWord,14:0.00}  {page}"));
            var median = Median(ordered.Select(r => r.Score).ToList());
            if (ease)
            {
                var floor = site.Languages.FirstOrDefault(l => l.Code == group.Key)?.ReadingEase;
                var below = floor is { } f ? ordered.Count(r => r.Score < f) : 0;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{ordered.Count} pages ({group.Key}): median ease {median:0.0}, {below} below reading_ease {floor?.ToString("0.#", CultureInfo.InvariantCulture) ?? "(none)"}."));
            }
            else
            {
                var above = ordered.Count(r => r.Score > site.ReadingGrade);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{ordered.Count} pages: median grade {median:0.0}, {above} above reading_grade {site.ReadingGrade:0.#}."));
            }
        }
    }

    static double Score(string code, ReadingMeasure m) => code switch
    {
        "es" => m.FernandezHuerta,
        "pt" => m.FleschMartins,
        _ => m.Grade,
    };

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
