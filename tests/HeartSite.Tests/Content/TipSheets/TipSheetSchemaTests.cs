using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.TipSheets;

/// <summary>Front matter of tip sheets: what is accepted, and each problem at the line an editor must fix.</summary>
public class TipSheetSchemaTests
{
    const string Valid = """
        ---
        title: Working Together
        summary: Steps for schools and health centers that want to start a partnership.
        audiences:
          - educators
          - health-centers
        pillars:
          - prevention
        updated: 2021-12-01
        order: 1
        ---
        Start with one shared goal.
        """;

    static (string Code, int Line, string? Hint)[] Problems(string text, string file = "tip-sheets/working-together.md")
    {
        using var site = new ScratchSite();
        site.Write(file, text);
        return site.DiagnosticsFor(file).Select(d => (d.Code, d.Line, d.Hint)).ToArray();
    }

    [Fact]
    public void A_complete_sheet_has_no_problems_and_gets_its_page()
    {
        using var site = new ScratchSite();
        site.Write("tip-sheets/working-together.md", Valid);
        var outcome = site.Build();
        Assert.Empty(outcome.Diagnostics);
        var main = site.Page("tip-sheets/working-together/index.html").QuerySelector("main")!;
        Assert.Equal("Working Together", main.QuerySelector("h1")!.TextContent);
        Assert.Contains("Steps for schools and health centers", main.QuerySelector(".lede")!.TextContent);
        Assert.Equal("2021-12-01", main.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("December 1, 2021", main.QuerySelector("time")!.TextContent);
        var facts = main.QuerySelectorAll(".tip-sheet-facts dd").Select(dd => dd.TextContent).ToList();
        Assert.Equal("Educators, Health centers", facts[0]);
        Assert.Equal("Prevention", facts[1]);
        Assert.Contains("Start with one shared goal.", main.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public void A_missing_required_field_is_HS0101()
    {
        var problems = Problems(Valid.Replace("updated: 2021-12-01\n", ""));
        Assert.Equal(("HS0101", 1), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void An_unknown_field_is_a_warning_with_a_did_you_mean_at_its_line()
    {
        var problems = Problems(Valid.Replace("order: 1", "order: 1\nauthor: someone\nsumary: x"));
        Assert.Contains(("HS0104", 12, (string?)"did you mean 'summary'?"), problems);
        Assert.Contains(problems, p => p.Code == "HS0104" && p.Line == 11 && p.Hint!.StartsWith("known fields: title, summary"));
    }

    [Fact]
    public void A_wrong_type_is_HS0103_at_the_field()
    {
        var problems = Problems(Valid.Replace("order: 1", "order: first"));
        Assert.Equal(("HS0103", 10), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void An_impossible_date_is_HS0105()
    {
        var problems = Problems(Valid.Replace("2021-12-01", "2021-02-30"));
        Assert.Equal(("HS0105", 9), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void An_unknown_audience_is_HS0102_at_its_list_item_with_the_allowed_values()
    {
        var problems = Problems(Valid.Replace("  - health-centers", "  - teachers"));
        Assert.Equal(("HS0102", 6, "use one of: educators, families, students, health-centers"), problems.Single());
    }

    [Fact]
    public void An_unknown_pillar_is_HS0102()
    {
        var problems = Problems(Valid.Replace("  - prevention", "  - resilience"));
        Assert.Equal(("HS0102", 8), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void An_empty_audience_list_is_HS0405()
    {
        var problems = Problems(Valid.Replace("audiences:\n  - educators\n  - health-centers", "audiences: []"));
        Assert.Equal(("HS0405", 4), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void A_summary_of_two_sentences_is_HS0402()
    {
        var problems = Problems(Valid.Replace("start a partnership.", "start a partnership. It has four parts."));
        Assert.Equal(("HS0402", 3), (problems.Single().Code, problems.Single().Line));
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_HS0108()
    {
        var problems = Problems(Valid, "tip-sheets/Working Together.md");
        Assert.Equal("HS0108", problems.Single().Code);
    }

    [Fact]
    public void A_sheet_with_errors_is_not_published_and_the_build_fails()
    {
        using var site = new ScratchSite();
        site.Write("tip-sheets/working-together.md", Valid.Replace("  - prevention", "  - resilience"));
        Assert.False(site.Build().Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }
}
