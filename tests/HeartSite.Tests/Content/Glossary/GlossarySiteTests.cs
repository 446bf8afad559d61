using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Glossary;

/// <summary>The real glossary, built with the rest of the site.</summary>
public class GlossarySiteTests(SiteFixture site)
{
    IReadOnlyList<string> Entries => site.Pages.Where(p => p.StartsWith("glossary/") && p != "glossary/index.html").ToList();

    [Fact]
    public void There_are_at_least_25_entries_each_with_a_one_sentence_definition()
    {
        Assert.Empty(site.Outcome.Diagnostics);
        Assert.True(Entries.Count >= 25, $"{Entries.Count} entries");
        foreach (var path in Entries)
            Assert.Equal(1, HeartSite.Content.OneSentence.Count(site.Page(path).QuerySelector(".lede")!.TextContent));
    }

    [Fact]
    public void The_A_to_Z_list_links_every_entry_in_order_under_its_letter()
    {
        var page = site.Page("glossary/index.html");
        var links = page.QuerySelectorAll("dt a").Select(a => a.GetAttribute("href")!.Trim('/') + "/index.html").ToList();
        Assert.Equal(Entries.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        var terms = page.QuerySelectorAll("dt a").Select(a => HeartSite.Content.Glossary.GlossaryIndex.SortKey(a.TextContent)).ToList();
        Assert.Equal(terms.Order(StringComparer.OrdinalIgnoreCase), terms);
        foreach (var heading in page.QuerySelectorAll("section.glossary-letter > h2"))
            Assert.True(page.QuerySelector($"nav[aria-label='Glossary by letter'] a[href='#{heading.Id}']") is not null, heading.Id);
    }

    [Fact]
    public void Related_terms_link_to_entries_that_exist()
    {
        foreach (var path in Entries)
            foreach (var a in site.Page(path).QuerySelectorAll("section[aria-labelledby='related-terms'] a"))
                Assert.Contains(a.GetAttribute("href")!.Trim('/') + "/index.html", site.Pages);
    }

    [Fact]
    public void Ids_on_the_glossary_page_are_unique()
    {
        var ids = site.Page("glossary/index.html").QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }
}
