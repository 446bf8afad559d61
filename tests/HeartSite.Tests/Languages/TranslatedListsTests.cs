using HeartSite.Languages;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Languages;

/// <summary>A translation's lists, 404 page, redirects and calendars: in its language, naming what is not translated.</summary>
public class TranslatedListsTests
{
    static string Entry(string term) => $"---\nterm: {term}\ndefinition: The meaning of {term}.\n---\nMore about {term}.\n";

    static ScratchSite Glossary()
    {
        var site = ScratchSite.InEveryLanguage();
        foreach (var (slug, english, spanish) in new[] { ("cloud", "Cloud", "Nube"), ("gnu", "Gnu", "Ñu"), ("organ", "Organ", "Órgano"), ("egg", "Egg", "Huevo") })
        {
            var original = site.Write($"glossary/{slug}.md", Entry(english));
            site.Write($"glossary/{slug}.es.md", $"---\nterm: {spanish}\ndefinition: Lo que quiere decir {spanish}.\nsource_hash: {TranslationFiles.Hash(original)}\n---\nMás sobre {spanish}.\n");
        }
        site.Write("glossary/zeal.md", Entry("Zeal"));
        return site;
    }

    [Fact]
    public void The_spanish_glossary_sorts_and_groups_by_the_spanish_alphabet_and_names_untranslated_terms_in_english()
    {
        using var site = Glossary();
        AssertBuilt(site.Build());
        var page = site.Page("es/glossary/index.html");
        var terms = page.QuerySelectorAll("dt a").Select(a => a.TextContent).ToList();
        // Ñ is a letter after N; Ó files under O; the untranslated entry is listed, marked as English.
        Assert.Equal("Huevo, Nube, Ñu, Órgano, Zeal (en inglés)", string.Join(", ", terms));
        var sections = page.QuerySelectorAll("section.glossary-letter h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["H", "N", "Ñ", "O", "Z"], sections);
        var bar = page.QuerySelectorAll(".letter-bar li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(bar.IndexOf("N") + 1, bar.IndexOf("Ñ"));
        var zeal = page.QuerySelector("dt a[href='/glossary/zeal/']")!;
        Assert.Equal("en-US", zeal.GetAttribute("hreflang"));
        Assert.False(site.Has("es/glossary/zeal/index.html"));
        // English keeps A–Z without Ñ.
        Assert.DoesNotContain("Ñ", site.Page("glossary/index.html").QuerySelector(".letter-bar")!.TextContent);
    }

    [Fact]
    public void Every_language_has_its_own_404_page_and_the_root_one_points_each_language_home()
    {
        using var site = Glossary();
        AssertBuilt(site.Build());
        var spanish = site.Page("es/404.html");
        Assert.Equal("es-US", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("No encontramos la página", spanish.QuerySelector("h1")!.TextContent);
        var root = site.Page("404.html");
        var line = root.QuerySelector("main p[lang=es-US] a")!;
        Assert.Equal("/es/", line.GetAttribute("href"));
        Assert.Contains("en español", line.TextContent);
        Assert.NotNull(root.QuerySelector("main p[lang=pt-BR] a[href='/pt/']"));
    }

    [Fact]
    public void A_translated_page_keeps_its_old_addresses_under_its_language_with_the_notice_in_its_words()
    {
        using var site = ScratchSite.InEveryLanguage();
        var about = site.Write("pages/about.md", "---\ntitle: About us\ndescription: Who we are.\nredirect_from:\n  - /who/\n---\nWe are a group.\n");
        site.Write("pages/about.es.md", $"---\ntitle: Quiénes somos\nsource_hash: {TranslationFiles.Hash(about)}\n---\nSomos un grupo.\n");
        AssertBuilt(site.Build());
        var moved = site.Page("es/who/index.html");
        Assert.Equal("es-US", moved.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Esta página cambió de dirección", moved.QuerySelector("h1")!.TextContent);
        Assert.Equal("/es/about/", moved.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Equal("This page has moved", site.Page("who/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_spanish_calendar_carries_its_language_and_no_english_words()
    {
        using var site = ScratchSite.InEveryLanguage();
        var ev = site.Write("events/talk.md", "---\ntitle: Talk\nsummary: A talk about care.\nstart: 2022-04-14T15:00\nend: 2022-04-14T16:00\nonline: https://example.org/join\nstatus: cancelled\n---\nCome along.\n");
        site.Write("events/talk.es.md", $"---\ntitle: Charla\nsummary: Una charla sobre el cuidado.\nsource_hash: {TranslationFiles.Hash(ev)}\n---\nVenga.\n");
        AssertBuilt(site.Build(new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5))));
        var ics = site.Read("es/events/talk.ics");
        Assert.Contains("SUMMARY;LANGUAGE=es-US:Cancelado: Charla", ics);
        Assert.Contains("DESCRIPTION;LANGUAGE=es-US:", ics);
        foreach (var english in new[] { "Cancelled", "Details:", "Online:", "Register:" }) Assert.DoesNotContain(english, ics);
        Assert.Contains("X-WR-CALNAME:Eventos de HEART Collective", site.Read("es/events/calendar.ics"));
        Assert.Contains("\r\nSUMMARY:Cancelled: Talk\r\n", site.Read("events/talk.ics"));
    }

    static void AssertBuilt(HeartSite.Site.BuildOutcome outcome) =>
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
}
