using HeartSite.Checks.Reading;

namespace HeartSite.Checks;

/// <summary>
/// Warns when a page's main text is hard to read, by its own language's measure. English
/// (HS0770): the Flesch–Kincaid grade above the site's <c>reading_grade</c> (site.yml, default 8).
/// Spanish and Portuguese (HS0772): the reading ease below the language's <c>reading_ease</c> in
/// site.yml — Fernández-Huerta for Spanish, Flesch as adapted by Martins et al. for Portuguese.
/// Many readers of a public mental-health site read at a middle-school level, or are reading while
/// distressed. Reported at the page's source file.
/// </summary>
public sealed class ReadingLevel : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        var code = ReadingMeasure.LanguageOf(page);
        if (ReadingMeasure.OfPage(page, code) is not { Words: > 0 } measure) yield break;
        if (code is "es" or "pt")
        {
            var language = site.Languages.FirstOrDefault(l => l.Code == code);
            var ease = code == "es" ? measure.FernandezHuerta : measure.FleschMartins;
            if (language?.ReadingEase is not { } floor || ease >= floor) yield break;
            var formula = code == "es" ? "Fernández-Huerta" : "Flesch (Martins)";
            yield return Finding.Warning("HS0772",
                $"{page.RelativePath} reads at {formula} ease {ease:0.0}, below {language.Name}'s reading_ease {floor:0.#} " +
                $"({measure.WordsPerSentence:0.0} words per sentence, {measure.SyllablesPerWord:0.00} syllables per word)",
                "use shorter sentences and everyday words; see 'Write so everyone can read it' in CONTRIBUTING.md");
            yield break;
        }
        if (measure.Grade <= site.ReadingGrade) yield break;
        yield return Finding.Warning("HS0770",
            $"{page.RelativePath} reads at grade {measure.Grade:0.0}, above the site's reading_grade {site.ReadingGrade:0.#} " +
            $"({measure.WordsPerSentence:0.0} words per sentence, {measure.SyllablesPerWord:0.00} syllables per word)",
            "use shorter sentences and everyday words; see 'Write so everyone can read it' in CONTRIBUTING.md");
    }
}
