using System.Text.RegularExpressions;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Languages;

/// <summary>The real site in English, Spanish and Portuguese.</summary>
public class LanguagesSiteTests(SiteFixture site)
{
    [Theory]
    [InlineData("es/index.html", "es-US")]
    [InlineData("pt/index.html", "pt-BR")]
    [InlineData("index.html", "en-US")]
    public void Each_language_has_a_home_page_that_says_its_language(string path, string lang) =>
        Assert.Equal(lang, site.Page(path).DocumentElement.GetAttribute("lang"));

    [Fact]
    public void Every_english_page_names_each_translation_that_exists_and_x_default()
    {
        var english = site.Pages.Where(p => !p.StartsWith("es/", StringComparison.Ordinal) && !p.StartsWith("pt/", StringComparison.Ordinal) && p != "404.html")
            .Where(p => site.Page(p).QuerySelector("meta[name=robots][content*=noindex]") is null);
        foreach (var path in english)
        {
            var langs = site.Page(path).QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
            var expected = new List<string?> { "en-US" };
            if (site.Pages.Contains("es/" + path)) expected.Add("es-US");
            if (site.Pages.Contains("pt/" + path)) expected.Add("pt-BR");
            expected.Add("x-default");
            Assert.True(expected.SequenceEqual(langs), $"{path}: {string.Join(", ", langs)}");
        }
    }

    [Fact]
    public void The_switcher_leads_to_the_same_page_in_each_language_or_to_its_home()
    {
        foreach (var path in site.Pages.Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var key = Regex.Replace(path, "^(es|pt)/", "");
            foreach (var link in site.Page(path).QuerySelectorAll("nav.language-switcher a"))
            {
                var code = link.GetAttribute("hreflang")!.Split('-')[0];
                var folder = code == "en" ? "" : code + "/";
                var same = "/" + folder + (key == "index.html" ? "" : key[..^"index.html".Length]);
                var expected = site.Pages.Contains(folder + key) ? same : "/" + folder;
                Assert.True(expected == link.GetAttribute("href"), $"{path}: {code} goes to {link.GetAttribute("href")}, not {expected}");
            }
        }
    }

    [Fact]
    public void No_english_theme_text_is_left_on_a_spanish_or_portuguese_page()
    {
        var english = File.ReadAllLines(Path.Combine(Repo.Theme, "strings", "en.yml"))
            .Select(l => Regex.Match(l, "^([a-z_0-9]+): \"(.*)\"$")).Where(m => m.Success)
            .Select(m => m.Groups[2].Value.Trim(' ', ',', '.', ':'))
            .Where(t => t.Contains(' ') && !t.Contains("Compassion Action News") && !t.Contains("HEART") && !t.Contains('¿'))
            .ToList();
        // One-word labels ("Contact", "Draft") may be part of a name in a sentence: they count when
        // they are the whole text of an element, or of a label a screen reader reads (aria-label, title, alt).
        var labels = File.ReadAllLines(Path.Combine(Repo.Theme, "strings", "en.yml"))
            .Select(l => Regex.Match(l, "^([a-z_0-9]+): \"([A-Za-z]+)\"$")).Where(m => m.Success).Select(m => m.Groups[2].Value)
            .Except(SameInEveryLanguage).ToHashSet(StringComparer.Ordinal);
        foreach (var path in site.Pages.Where(p => p.StartsWith("es/", StringComparison.Ordinal) || p.StartsWith("pt/", StringComparison.Ordinal)))
        {
            var page = site.Page(path);
            // What is marked as English (a link to an untranslated page, its title) may be English.
            var marked = page.Body!.QuerySelectorAll("[hreflang^=en], [lang^=en]").Select(e => e.TextContent).ToList();
            var text = Regex.Replace(marked.Aggregate(page.Body!.TextContent, (all, english) => all.Replace(english, " ")), @"\s+", " ");
            foreach (var phrase in english) Assert.False(text.Contains(phrase, StringComparison.Ordinal), $"{path} shows the English '{phrase}'");
            foreach (var element in page.QuerySelectorAll("*").Where(e => e.Closest("[hreflang^=en], [lang^=en]") is null))
            {
                var own = string.Concat(element.ChildNodes.OfType<AngleSharp.Dom.IText>().Select(t => t.Data)).Trim();
                Assert.False(labels.Contains(own), $"{path} shows the English label '{own}' in <{element.LocalName}>");
                foreach (var name in new[] { "aria-label", "title", "alt", "placeholder" })
                    if (element.GetAttribute(name) is { } value)
                        Assert.False(labels.Contains(value) || english.Any(p => value.Contains(p, StringComparison.Ordinal)), $"{path} has the English {name} '{value}'");
            }
        }
    }

    /// <summary>Words that are the same in Spanish or Portuguese as in English.</summary>
    static readonly string[] SameInEveryLanguage = ["Links", "Medicaid"];

    [Fact]
    public void Every_page_of_every_language_passes_the_link_check_and_the_page_budget()
    {
        var languages = site.Pages.Select(p => Regex.Match(p, "^(es|pt)/").Groups[1].Value).Distinct().ToList();
        Assert.Equal(3, languages.Count);
        Assert.True(site.Outcome.Succeeded, string.Join("\n", site.Outcome.Diagnostics));
        // Link (HS070x) and page budget (HS075x) findings are errors or warnings: none on any language's page.
        var problems = site.Outcome.Diagnostics.Where(d => d.Code.StartsWith("HS070", StringComparison.Ordinal) || d.Code.StartsWith("HS075", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_footer_contact_link_leads_to_the_readers_own_language_section_where_one_is_named()
    {
        foreach (var (path, expected) in new[] { ("index.html", "/about/#stay-in-touch"), ("es/index.html", "/es/about/#manténgase-en-contacto"), ("pt/index.html", "/pt/about/#fique-em-contato") })
        {
            var link = site.Page(path).QuerySelectorAll("footer a").Single(a => a.GetAttribute("href")!.Contains("/about/#", StringComparison.Ordinal));
            Assert.Equal(expected, link.GetAttribute("href"));
            var target = site.Page(expected.TrimStart('/').Split('#')[0] + "index.html");
            Assert.NotNull(target.GetElementById(expected.Split('#')[1]));
        }
    }

    [Fact]
    public void An_untranslated_item_in_a_list_is_marked_english_for_screen_readers_and_its_note_is_in_the_page_language()
    {
        foreach (var (path, lang) in new[] { ("es/for/educators/index.html", "es-US"), ("pt/index.html", "pt-BR") })
        {
            // An item of a list of pages (with its summary) whose page is not translated; a translated
            // label that links to English (a menu entry, an audience) is in the page's language.
            var items = site.Page(path).QuerySelectorAll("main li").Where(li => li.QuerySelector(":scope > .summary") is not null
                && li.QuerySelector(":scope > a[hreflang='en-US']") is not null).ToList();
            Assert.NotEmpty(items);
            foreach (var item in items)
            {
                var link = item.QuerySelector(":scope > a")!;
                Assert.Equal("en-US", link.GetAttribute("lang"));
                Assert.Equal(lang, link.QuerySelector(".link-language")!.GetAttribute("lang"));
                Assert.Equal("en-US", item.QuerySelector(":scope > .summary")!.GetAttribute("lang"));
            }
        }
    }
}
