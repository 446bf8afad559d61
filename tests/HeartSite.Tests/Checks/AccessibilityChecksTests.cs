using HeartSite.Checks;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Tests.Checks;

/// <summary>Each accessibility check passes a good page and catches a deliberately broken one.</summary>
public class AccessibilityChecksTests
{
    static IReadOnlyList<Diagnostic> Check(IPageCheck check, string body, string title = "A page", string lang = "en")
    {
        using var site = new CheckHarness().Page("index.html", body, title, lang);
        return site.Run(check);
    }

    [Fact]
    public void An_image_without_alt_is_an_error_and_an_empty_alt_marks_decoration()
    {
        Assert.Empty(Check(new ImageAlternatives(), "<h1>x</h1><img src=\"a.png\" alt=\"A chart\"><img src=\"b.png\" alt=\"\">"));
        var problem = Assert.Single(Check(new ImageAlternatives(), "<h1>x</h1><img src=\"chart.png\">"));
        Assert.Equal((Severity.Error, "HS0710"), (problem.Severity, problem.Code));
        Assert.Contains("'chart.png'", problem.Message);
    }

    [Fact]
    public void Links_and_buttons_need_a_name()
    {
        Assert.Empty(Check(new AccessibleNames(), """
            <h1>x</h1><a href="/a/">Text</a> <a href="/b/" aria-label="Label"></a> <a href="/c/"><img src="i.png" alt="Alt"></a>
            <span id="n">Named</span><button aria-labelledby="n"></button> <button>Go</button>
            """));
        var problems = Check(new AccessibleNames(), """
            <h1>x</h1><a href="/a/"></a> <a href="/b/"><img src="i.png" alt=""></a> <a href="/c/"><span aria-hidden="true">→</span></a> <button> </button>
            """);
        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.Equal((Severity.Error, "HS0711"), (p.Severity, p.Code)));
    }

    [Fact]
    public void One_h1_and_no_skipped_levels()
    {
        Assert.Empty(Check(new HeadingOrder(), "<h1>T</h1><h2>a</h2><h3>b</h3><h2>c</h2><h3>d</h3><h4>e</h4><h2>f</h2>"));
        Assert.Equal("HS0720", Assert.Single(Check(new HeadingOrder(), "<h2>no title</h2>")).Code);
        var two = Assert.Single(Check(new HeadingOrder(), "<h1>T</h1><h1>Again</h1>"));
        Assert.Equal((Severity.Error, "HS0721"), (two.Severity, two.Code));
        var skip = Assert.Single(Check(new HeadingOrder(), "<h1>T</h1><h2>a</h2><h4>deep</h4>"));
        Assert.Equal((Severity.Warning, "HS0722"), (skip.Severity, skip.Code));
        Assert.Contains("'deep'", skip.Message);
        Assert.Contains("h2 to h4", skip.Message);
    }

    [Fact]
    public void Language_and_title_are_required()
    {
        Assert.Empty(Check(new LanguageAndTitle(), "<h1>x</h1>"));
        var problems = Check(new LanguageAndTitle(), "<h1>x</h1>", title: " ", lang: "");
        Assert.Equal(["HS0730", "HS0731"], problems.Select(p => p.Code).Order());
        Assert.All(problems, p => Assert.Equal(Severity.Error, p.Severity));
    }

    [Fact]
    public void Two_pages_with_one_title_are_a_warning_on_each()
    {
        using var site = new CheckHarness()
            .Page("a/index.html", "<h1>A</h1>", "Same").Page("b/index.html", "<h1>B</h1>", "Same").Page("c/index.html", "<h1>C</h1>", "Other");
        var problems = site.Run(new UniqueTitles());
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal((Severity.Warning, "HS0732"), (p.Severity, p.Code)));
        Assert.Contains(problems, p => p.Message.StartsWith("a/index.html has the same title as b/index.html"));
    }

    [Fact]
    public void Titles_are_compared_within_one_language()
    {
        using var site = new CheckHarness()
            .Page("glossary/trauma/index.html", "<h1>Trauma</h1>", "Trauma")
            .Page("es/glossary/trauma/index.html", "<h1>Trauma</h1>", "Trauma", "es-US")
            .Page("es/a/index.html", "<h1>A</h1>", "Glosario", "es-US").Page("es/b/index.html", "<h1>B</h1>", "Glosario", "es-US");
        var problems = site.Run(new UniqueTitles());
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.StartsWith("es/a/index.html has the same title as es/b/index.html"));
        Assert.DoesNotContain(problems, p => p.Message.Contains("trauma"));
    }

    [Fact]
    public void Form_controls_need_labels()
    {
        Assert.Empty(Check(new FormLabels(), """
            <h1>x</h1><label for="q">Search</label><input id="q" type="search"> <label>Name <input type="text"></label>
            <select aria-label="Topic"><option>a</option></select> <input type="hidden" name="h"> <input type="submit" value="Go">
            """));
        var problems = Check(new FormLabels(), "<h1>x</h1><input type=\"search\" id=\"q\"><label for=\"q\"></label><textarea></textarea><select></select>");
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal((Severity.Error, "HS0740"), (p.Severity, p.Code)));
    }

    [Fact]
    public void Data_tables_need_header_cells()
    {
        Assert.Empty(Check(new TableHeaders(), "<h1>x</h1><table><tr><th>Term</th></tr><tr><td>a</td></tr></table><table role=\"presentation\"><tr><td>b</td></tr></table>"));
        var problem = Assert.Single(Check(new TableHeaders(), "<h1>x</h1><table><tr><td>a</td><td>b</td></tr></table>"));
        Assert.Equal((Severity.Error, "HS0741"), (problem.Severity, problem.Code));
    }

    [Fact]
    public void Ids_are_unique_on_a_page()
    {
        Assert.Empty(Check(new UniqueIds(), "<h1 id=\"a\">x</h1><h2 id=\"b\">y</h2>"));
        var problem = Assert.Single(Check(new UniqueIds(), "<h1>x</h1><h2 id=\"main\">Main</h2>"));
        Assert.Equal((Severity.Error, "HS0742"), (problem.Severity, problem.Code));
        Assert.Contains("'main' is used 2 times", problem.Message);
    }
}
