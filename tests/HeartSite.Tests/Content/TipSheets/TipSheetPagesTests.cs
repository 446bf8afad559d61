using HeartSite.Content;
using HeartSite.Content.TipSheets;
using HeartSite.Engine.FrontMatter;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.TipSheets;

/// <summary>Ordering, the audience index, the home section, glossary links and scaffolding, on small inputs.</summary>
public class TipSheetPagesTests
{
    static string Sheet(string title, int order, string audiences, string body = "Text.") => $"""
        ---
        title: {title}
        summary: About {title}.
        audiences: [{audiences}]
        pillars: [prevention]
        updated: 2021-12-01
        order: {order}
        ---
        {body}
        """;

    static ScratchSite ThreeSheets()
    {
        var site = new ScratchSite();
        site.Write("tip-sheets/charlie.md", Sheet("Charlie", 3, "students"));
        site.Write("tip-sheets/alpha.md", Sheet("Alpha", 1, "educators, families"));
        site.Write("tip-sheets/bravo.md", Sheet("Bravo", 2, "educators"));
        site.Write("pages/index.md", "---\ntitle: Home\ndescription: Home page.\nlayout: home\n---\nWelcome.\n");
        Assert.Empty(site.Build().Diagnostics);
        return site;
    }

    [Fact]
    public void The_index_has_a_section_per_audience_with_sheets_in_order_and_a_jump_list_to_them()
    {
        using var site = ThreeSheets();
        var page = site.Page("tip-sheets/index.html");
        var jump = page.QuerySelector("nav[aria-label='Tip sheets by audience']")!;
        Assert.Equal(["#for-educators", "#for-families", "#for-students"], jump.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        string[] Titles(string id) => page.QuerySelectorAll($"section[aria-labelledby='{id}'] li a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Alpha", "Bravo"], Titles("for-educators"));
        Assert.Equal(["Alpha"], Titles("for-families"));
        Assert.Equal(["Charlie"], Titles("for-students"));
        Assert.Null(page.GetElementById("for-health-centers"));
        Assert.Equal("For educators", page.GetElementById("for-educators")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public void Equal_orders_fall_back_to_the_title()
    {
        using var site = new ScratchSite();
        site.Write("tip-sheets/zulu.md", Sheet("Able", 1, "educators"));
        site.Write("tip-sheets/able.md", Sheet("Zulu", 1, "educators"));
        Assert.Empty(site.Build().Diagnostics);
        Assert.Equal(["Able", "Zulu"], site.Page("tip-sheets/index.html").QuerySelectorAll("#main section li a").Select(a => a.TextContent));
    }

    [Fact]
    public void The_home_page_lists_every_sheet_in_order()
    {
        using var site = ThreeSheets();
        var links = site.Page("index.html").QuerySelectorAll("section.home-tip-sheets li a");
        Assert.Equal(["/tip-sheets/alpha/", "/tip-sheets/bravo/", "/tip-sheets/charlie/"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_first_mention_of_a_glossary_term_links_to_it_but_not_in_headings_or_links()
    {
        using var site = new ScratchSite();
        site.Write("glossary/resilience.md", "---\nterm: Resilience\naliases: [resiliency]\ndefinition: Bouncing back.\n---\nMore about it.\n");
        site.Write("tip-sheets/alpha.md", Sheet("Alpha", 1, "educators",
            "## Resilience\n\nSee [resilience here](https://example.org/).\n\nBuild resiliency\nand resilience.\n\nResilience again."));
        Assert.Empty(site.Build().Diagnostics);
        var body = site.Page("tip-sheets/alpha/index.html").QuerySelector(".prose")!;
        Assert.Empty(body.QuerySelectorAll("h2 a"));
        var glossaryLinks = body.QuerySelectorAll("a.glossary-term");
        Assert.Equal("resiliency", glossaryLinks.Single().TextContent);
        Assert.Equal("/glossary/resilience/", glossaryLinks.Single().GetAttribute("href"));
        Assert.Equal("https://example.org/", body.QuerySelector("a:not(.glossary-term)")!.GetAttribute("href"));
    }

    [Fact]
    public void The_scaffold_is_a_valid_sheet_placed_after_the_last_one_and_dated_today()
    {
        using var site = new ScratchSite();
        site.Write("tip-sheets/alpha.md", Sheet("Alpha", 7, "educators"));
        var scaffold = TipSheetScaffold.Create(new ScaffoldRequest("Talking with \"Families\": A Start", SiteFixture.Now, site.Input));
        Assert.Equal("tip-sheets/talking-with-families-a-start.md", scaffold.RelativePath);
        site.Write(scaffold.RelativePath, scaffold.Text);
        Assert.Empty(site.Build().Diagnostics);
        Assert.False(site.Has("tip-sheets/talking-with-families-a-start/index.html"), "a new sheet is a draft, left out of the site");
        Assert.Empty(site.Build(drafts: true).Diagnostics);
        var page = site.Page("tip-sheets/talking-with-families-a-start/index.html");
        Assert.Equal("Talking with \"Families\": A Start", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2022-03-01", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("order: 8", scaffold.Text);
    }

    [Fact]
    public void The_scaffold_fills_every_required_field_and_starts_at_order_1()
    {
        using var site = new ScratchSite();
        var scaffold = TipSheetScaffold.Create(new ScaffoldRequest("First", SiteFixture.Now, site.Input));
        var parsed = YamlValues.ParseMapping(scaffold.Text.Split("---")[1]);
        foreach (var field in TipSheetSchema.Schema.Fields.Where(f => f.Required))
            Assert.True(parsed.Values.ContainsKey(field.Name), field.Name);
        Assert.Equal("1", parsed.Values["order"]);
        Assert.Contains(TipSheetScaffold.ContentType, HeartSite.Site.SiteContentTypes.All);
    }
}
