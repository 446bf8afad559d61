using HeartSite.Checks.Reading;

namespace HeartSite.Checks;

/// <summary>
/// HS0770 (warning): a page's main text reads above the site's <c>reading_grade</c> (site.yml,
/// default 8) by Flesch–Kincaid. Many readers of a public mental-health site read at a
/// middle-school level, or are reading while distressed. Reported at the page's source file.
/// </summary>
public sealed class ReadingLevel : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        if (ReadingMeasure.OfPage(page) is not { } measure || measure.Grade <= site.ReadingGrade) yield break;
        yield return Finding.Warning("HS0770",
            $"{page.RelativePath} reads at grade {measure.Grade:0.0}, above the site's reading_grade {site.ReadingGrade:0.#} " +
            $"({measure.WordsPerSentence:0.0} words per sentence, {measure.SyllablesPerWord:0.00} syllables per word)",
            "use shorter sentences and everyday words; see 'Write so everyone can read it' in CONTRIBUTING.md");
    }
}
