using HeartSite.Checks.Reading;
using HeartSite.Languages;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Languages;

/// <summary>The editors' tools for translations (new --lang, check --report translations) and the Spanish and Portuguese reading measures.</summary>
public class TranslationToolsTests
{
    [Theory]
    [InlineData("salud", 2)]
    [InlineData("día", 2)]
    [InlineData("cuidado", 3)]
    [InlineData("escuela", 3)]
    [InlineData("poema", 3)]
    [InlineData("leer", 2)]
    [InlineData("que", 1)]
    [InlineData("guitarra", 3)]
    [InlineData("historia", 3)]
    [InlineData("coração", 3)]
    [InlineData("mães", 1)]
    [InlineData("saúde", 3)]
    [InlineData("988", 3)]
    public void Spanish_and_portuguese_syllables_follow_their_vowel_rules(string word, int syllables) =>
        Assert.Equal(syllables, RomanceSyllables.Count(word));

    [Fact]
    public void The_spanish_and_portuguese_ease_formulas_use_their_published_weights()
    {
        // 10 words, 1 sentence, 20 syllables: 2 syllables per word, 10 words per sentence.
        var m = new ReadingMeasure(10, 1, 20);
        Assert.Equal(206.84 - 120 - 10.2, m.FernandezHuerta, 6);
        Assert.Equal(248.835 - 10.15 - 169.2, m.FleschMartins, 6);
    }

    [Fact]
    public void New_with_lang_scaffolds_a_translation_with_the_english_as_comments_and_the_source_hash()
    {
        using var site = ScratchSite.InEveryLanguage();
        var original = site.Write("pages/about.md", "---\ntitle: About us\ndescription: Who we are.\n---\nWe are a group.\n");
        var (exit, output, error) = CliRunner.Run("new", "page", "about", "--lang", "es", "--input", site.Input);
        Assert.True(exit == 0, error);
        Assert.Contains("about.es.md", output);
        var text = File.ReadAllText(Path.Combine(site.Input, "pages/about.es.md"));
        Assert.Contains($"source_hash: \"{TranslationFiles.Hash(original)}\"", text);
        Assert.Contains("# title, in English: About us", text);
        Assert.Contains("# The English text to translate;", text);
        Assert.Contains("#   We are a group.\n---\n", text);
        Assert.Contains("draft: true", text);
        // The scaffold builds (as a preview) and the published site leaves it out until the draft line goes.
        AssertBuilt(site.Build(drafts: true));
        Assert.True(site.Has("es/about/index.html"));

        Assert.Equal(1, CliRunner.Run("new", "page", "about", "--lang", "es", "--input", site.Input).Exit);
        Assert.Equal(2, CliRunner.Run("new", "page", "about", "--lang", "fr", "--input", site.Input).Exit);
        Assert.Equal(1, CliRunner.Run("new", "glossary", "nothing", "--lang", "es", "--input", site.Input).Exit);
    }

    [Fact]
    public void The_translations_report_lists_what_each_language_lacks_and_what_went_stale()
    {
        using var site = ScratchSite.InEveryLanguage();
        var about = site.Write("pages/about.md", "---\ntitle: About\ndescription: Who.\n---\nText.\n");
        site.Write("pages/other.md", "---\ntitle: Other\ndescription: More.\n---\nText.\n");
        site.Write("pages/about.es.md", $"---\ntitle: Quiénes\nsource_hash: {TranslationFiles.Hash(about)}\n---\nTexto.\n");
        site.Write("pages/about.pt.md", "---\ntitle: Quem\nsource_hash: 000000000000\n---\nTexto.\n");
        AssertBuilt(site.Build());
        var (_, output, _) = CliRunner.Run("check", "--output", site.Output, "--input", site.Input, "--report", "translations");
        var spanish = output[output.IndexOf("Español (es)", StringComparison.Ordinal)..output.IndexOf("Português (pt)", StringComparison.Ordinal)];
        var portuguese = output[output.IndexOf("Português (pt)", StringComparison.Ordinal)..];
        Assert.Contains("0 stale", spanish);
        Assert.Contains("not translated: pages/other.md", spanish);
        Assert.DoesNotContain("pages/about.md", spanish);
        Assert.Contains($"stale: pages/about.pt.md (source_hash 000000000000; pages/about.md is now {TranslationFiles.Hash(about)})", portuguese);
        Assert.Contains("not translated: pages/other.md", portuguese);
    }

    static void AssertBuilt(HeartSite.Site.BuildOutcome outcome) =>
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
}
