using HeartSite.Languages;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Languages;

/// <summary>Translations beside their originals, built under /es/ and /pt/: what they inherit, where they link, and what is checked.</summary>
public class TranslationBuildTests
{
    const string About = "---\ntitle: About us\ndescription: Who we are and what we do.\n---\nWe are a group. Read [the other page](/other/).\n";
    const string Other = "---\ntitle: Other page\ndescription: A page with no translation.\n---\nMore text here.\n";

    static ScratchSite WithAbout(string spanish)
    {
        var site = ScratchSite.InEveryLanguage();
        var about = site.Write("pages/about.md", About);
        site.Write("pages/other.md", Other);
        site.Write("pages/about.es.md", spanish.Replace("HASH", TranslationFiles.Hash(about)));
        return site;
    }

    [Fact]
    public void A_translation_gets_the_original_address_under_its_language_and_inherits_what_it_does_not_give()
    {
        using var site = WithAbout("---\ntitle: Quiénes somos\nsource_hash: HASH\n---\nSomos un grupo. Lee [la otra página](/other/).\n");
        AssertBuilt(site.Build());
        var page = site.Page("es/about/index.html");
        Assert.Equal("es-US", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Quiénes somos", page.QuerySelector("h1")!.TextContent);
        // 'description' was not translated: the original's is inherited.
        Assert.Equal("Who we are and what we do.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.False(site.Has("es/other/index.html"));
        Assert.False(site.Has("pt/about/index.html"));
    }

    [Fact]
    public void A_link_to_a_page_the_language_lacks_goes_to_the_original_marked_as_english()
    {
        using var site = WithAbout("---\ntitle: Quiénes somos\nsource_hash: HASH\n---\nSomos un grupo. Lee [la otra página](/other/) y [esta](/about/).\n");
        AssertBuilt(site.Build());
        var page = site.Page("es/about/index.html");
        var other = page.QuerySelector("main a[href='/other/']")!;
        Assert.Equal("en-US", other.GetAttribute("hreflang"));
        Assert.Contains("(en inglés)", other.TextContent);
        // A page that exists in Spanish stays in Spanish, unmarked.
        var self = page.QuerySelector("main a[href='/es/about/']")!;
        Assert.Null(self.GetAttribute("hreflang"));
        // Shared files are the site root's.
        Assert.Equal("/assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_version_names_the_others_with_hreflang_and_the_switcher_says_where_a_page_is_missing()
    {
        using var site = WithAbout("---\ntitle: Quiénes somos\nsource_hash: HASH\n---\nSomos un grupo.\n");
        AssertBuilt(site.Build());
        string[] Alternates(string path) => site.Page(path).QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}").ToArray();
        var root = "https://www.heartcollective.info/";
        Assert.Equal([$"en-US {root}about/", $"es-US {root}es/about/", $"x-default {root}about/"], Alternates("about/index.html"));
        Assert.Equal(Alternates("about/index.html"), Alternates("es/about/index.html"));
        Assert.Equal([$"en-US {root}other/", $"x-default {root}other/"], Alternates("other/index.html"));

        var switcher = site.Page("about/index.html").QuerySelector("nav.language-switcher")!;
        Assert.Equal("/es/about/", switcher.QuerySelector("a[hreflang=es-US]")!.GetAttribute("href"));
        var portuguese = switcher.QuerySelector("a[hreflang=pt-BR]")!;
        Assert.Equal("/pt/", portuguese.GetAttribute("href"));
        Assert.Contains("ainda não está em português", portuguese.TextContent);
        Assert.Equal("/about/", site.Page("es/about/index.html").QuerySelector("nav.language-switcher a[hreflang=en-US]")!.GetAttribute("href"));

        var sitemap = site.Read("sitemap.xml");
        Assert.Contains($"<loc>{root}es/about/</loc>", sitemap);
        Assert.Contains($"<xhtml:link rel=\"alternate\" hreflang=\"es-US\" href=\"{root}es/about/\" />", sitemap);
    }

    [Fact]
    public void A_translation_with_no_original_or_an_unknown_language_is_an_error_at_its_file()
    {
        using var site = ScratchSite.InEveryLanguage();
        site.Write("pages/about.md", About);
        var orphan = site.Write("pages/gone.es.md", "---\ntitle: Nada\n---\nTexto.\n");
        var french = site.Write("pages/about.fr.md", "---\ntitle: À propos\n---\nTexte.\n");
        var outcome = site.Build();
        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "HS0120" && d.File == orphan && d.Message.Contains("pages/gone.md"));
        Assert.Contains(outcome.Diagnostics, d => d.Code == "HS0121" && d.File == french && d.Message.Contains("'fr'"));
    }

    [Fact]
    public void A_data_translation_lays_its_text_over_the_original_and_must_match_its_items()
    {
        using var site = ScratchSite.InEveryLanguage("help.yml");
        var count = File.ReadAllText(Path.Combine(Repo.Input, "data/help.yml")).Split("\n- name:").Length - 1;
        var items = string.Concat(Enumerable.Range(0, count).Select(i => i == 1
            ? "  - name: Línea 988\n    description: Ayuda gratis y privada.\n    reach:\n      - label: Llama al 988\n      - label: Envía un texto al 988\n      - label: Chatea en línea\n"
            : "  - {}\n"));
        var file = site.Write("data/help.es.yml", $"source_hash: \"0\"\nitems:\n{items}");
        AssertBuilt(site.Build());
        var page = site.Page("es/find-help/index.html");
        Assert.Equal("Buscar ayuda", page.QuerySelector("h1")!.TextContent);
        var card = page.QuerySelectorAll(".help-card").Single(c => c.QuerySelector("h3")!.TextContent == "Línea 988");
        Assert.Equal("tel:988", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Llama al 988", card.QuerySelector("a")!.TextContent);
        Assert.False(site.Has("pt/find-help/index.html"));

        site.Write("data/help.es.yml", "source_hash: \"0\"\nitems:\n  - name: Uno\n");
        var outcome = site.Build();
        Assert.Contains(outcome.Diagnostics, d => d.Code == "HS0122" && d.File == file && d.Message.Contains($"has 1 items, the original {count}"));
    }

    [Fact]
    public void A_missing_theme_string_stops_the_build_naming_the_language_and_the_key()
    {
        using var temp = new TempDir();
        var theme = temp.CopyFrom(Repo.Theme, "theme");
        var pt = Path.Combine(theme, "strings", "pt.yml");
        File.WriteAllLines(pt, File.ReadAllLines(pt).Where(l => !l.StartsWith("skip_link:", StringComparison.Ordinal)));
        using var site = ScratchSite.InEveryLanguage();
        site.Write("pages/about.md", About);
        var outcome = HeartSite.Site.SiteBuilder.Build(new HeartSite.Engine.BuildSettings(site.Input, theme, site.Output, SiteFixture.Now), check: false);
        var error = Assert.Single(outcome.Diagnostics, d => d.Code == "HS0311");
        Assert.Equal(pt, error.File);
        Assert.Contains("Português (pt)", error.Message);
        Assert.Contains("'skip_link'", error.Message);
        Assert.Contains("theme/layouts/base.sbn-html", error.Message);
        Assert.False(site.Has("index.html"));
    }

    [Fact]
    public void Dates_and_labels_on_a_translated_tip_sheet_are_in_its_language()
    {
        using var site = ScratchSite.InEveryLanguage();
        var sheet = site.Write("tip-sheets/talk.md", "---\ntitle: Talk\nsummary: How to talk.\naudiences:\n  - families\npillars:\n  - prevention\nupdated: 2021-12-01\norder: 1\n---\nTalk often.\n");
        site.Write("tip-sheets/talk.es.md", $"---\ntitle: Hablar\nsummary: Cómo hablar.\nsource_hash: {TranslationFiles.Hash(sheet)}\n---\nHabla seguido.\n");
        AssertBuilt(site.Build());
        var facts = site.Page("es/tip-sheets/talk/index.html").QuerySelector(".tip-sheet-facts")!.TextContent;
        Assert.Contains("1 de diciembre de 2021", facts);
        Assert.Contains("Familias", facts);
        Assert.Contains("Prevención", facts);
        Assert.Equal("Para familias", site.Page("es/tip-sheets/index.html").QuerySelector("h2#for-families")!.TextContent);
    }

    static void AssertBuilt(HeartSite.Site.BuildOutcome outcome) =>
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
}
