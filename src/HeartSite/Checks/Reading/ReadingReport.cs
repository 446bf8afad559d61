using System.Globalization;

namespace HeartSite.Checks.Reading;

/// <summary>
/// <c>check --report reading</c>: every page's grade, words per sentence and syllables per word,
/// worst first, then the median, so an editor sees where to start.
/// </summary>
public static class ReadingReport
{
    public static void Write(CheckedSite site, TextWriter output)
    {
        var rows = site.Pages.Select(p => (Page: p.RelativePath, Measure: ReadingMeasure.OfPage(p)))
            .Where(r => r.Measure is { Words: > 0 })
            .OrderByDescending(r => r.Measure!.Grade).ThenBy(r => r.Page, StringComparer.Ordinal).ToList();
        output.WriteLine("grade  words/sentence  syllables/word  page");
        foreach (var (page, m) in rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m!.Grade,5:0.0}  {m.WordsPerSentence,14:0.0}  {m.SyllablesPerWord,14:0.00}  {page}"));
        var above = rows.Count(r => r.Measure!.Grade > site.ReadingGrade);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} pages: median grade {Median(rows.Select(r => r.Measure!.Grade).ToList()):0.0}, {above} above reading_grade {site.ReadingGrade:0.#}."));
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
