using AngleSharp.Html.Parser;
using HeartSite.Checks;
using HeartSite.Checks.Reading;
using HeartSite.Engine.Diagnostics;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Checks.Reading;

/// <summary>Flesch–Kincaid per leaf block, the HS0770 warning, and <c>check --report reading</c>.</summary>
public class ReadingLevelTests
{
    static IReadOnlyList<string> Blocks(string html) =>
        ReadingMeasure.Blocks(new HtmlParser().ParseDocument($"<main>{html}</main>").QuerySelector("main")!);

    [Fact]
    public void Each_leaf_block_is_measured_on_its_own_text()
    {
        Assert.Equal(["Term", "Meaning", "Cell", "Header"],
            Blocks("<dl><dt>Term</dt><dd>Meaning</dd></dl><table><tr><td>Cell</td><th>Header</th></tr></table>"));
        var blocks = Blocks("<h1>Title</h1><p>One. <em>Two.</em></p><ul><li>First item<ul><li>Nested</li></ul></li></ul><script>var x = 1;</script>");
        Assert.Equal(["Title", "One. Two.", "Nested", "First item"], blocks);
    }

    [Fact]
    public void A_heading_or_list_item_without_a_full_stop_is_its_own_sentence()
    {
        var page = Blocks("<h2>Get help now</h2><ul><li>Call a friend</li><li>Talk to a teacher</li></ul><p>We can help. Ask us.</p>")
            .Aggregate(ReadingMeasure.Empty, (sum, b) => sum + ReadingMeasure.OfBlock(b));
        Assert.Equal(5, page.Sentences);
        Assert.Equal(15, page.Words);
        // Run together as one block, the same words would be two long sentences.
        Assert.Equal(2, ReadingMeasure.OfBlock("Get help now Call a friend Talk to a teacher We can help. Ask us.").Sentences);
    }

    [Fact]
    public void The_grade_is_the_flesch_kincaid_formula()
    {
        var m = ReadingMeasure.OfBlock("The cat sat on the mat. The dog ran to the park and back.");
        Assert.Equal((14, 2, 14), (m.Words, m.Sentences, m.Syllables));
        Assert.Equal(0.39 * 7 + 11.8 * 1 - 15.59, m.Grade, 6);
        Assert.Equal(1, ReadingMeasure.OfBlock("Meet us at 3:00 p.m. EDT on Monday.").Sentences);
        Assert.Equal(0, ReadingMeasure.OfBlock(" — ").Words);
    }

    const string Plain = "<h1>Help</h1><p>We help kids. We help schools. Call us.</p>";
    const string Dense = "<h1>Community partnerships</h1><p>Schools and community health centers coordinate comprehensive behavioral health services. Teachers often notice first when a student is having a hard time at school.</p>";

    [Fact]
    public void A_page_above_the_reading_grade_gets_a_warning_at_its_source_file()
    {
        using var site = new CheckHarness().Page("plain/index.html", Plain).Page("dense/index.html", Dense);
        var problem = Assert.Single(site.Run(new ReadingLevel(), sources: new Dictionary<string, string> { ["dense/index.html"] = "/in/pages/dense.md" }));
        Assert.Equal((Severity.Warning, "HS0770", "/in/pages/dense.md"), (problem.Severity, problem.Code, problem.File));
        Assert.Contains("dense/index.html reads at grade", problem.Message);
        Assert.Contains("reading_grade 8", problem.Message);
    }

    [Fact]
    public void The_reading_grade_comes_from_the_request()
    {
        using var site = new CheckHarness().Page("dense/index.html", Dense);
        Assert.Empty(SiteChecks.Run(new CheckRequest(site.Root, "/", ReadingGrade: 20), [new ReadingLevel()]));
        Assert.Single(SiteChecks.Run(new CheckRequest(site.Root, "/", ReadingGrade: 8), [new ReadingLevel()]));
    }

    [Fact]
    public void Check_report_reading_lists_pages_worst_first_with_the_median_and_reads_the_grade_from_site_yml()
    {
        using var temp = new TempDir();
        var output = temp["_site"];
        temp.Write("_site/plain/index.html", CheckHarness.Html(Plain));
        temp.Write("_site/dense/index.html", CheckHarness.Html(Dense));
        var (exit, report, error) = CliRunner.Run("check", "--output", output, "--report", "reading", "--input", temp["nothing"]);
        Assert.Equal(0, exit);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("grade  words/sentence  syllables/word  page", lines[0]);
        Assert.EndsWith("dense/index.html", lines[1]);
        Assert.EndsWith("plain/index.html", lines[2]);
        Assert.StartsWith("2 pages: median grade ", lines[3]);
        Assert.Contains("1 above reading_grade 8.", lines[3]);
        Assert.Contains("warning HS0770", error);

        var input = temp.CopyFrom(Repo.Input, "input");
        var settings = Path.Combine(input, "data", "site.yml");
        File.WriteAllLines(settings, [.. File.ReadAllLines(settings).Where(l => !l.StartsWith("reading_grade:")), "reading_grade: 20"]);
        var (_, relaxed, quiet) = CliRunner.Run("check", "--output", output, "--report", "reading", "--input", input);
        Assert.Contains("0 above reading_grade 20.", relaxed);
        Assert.DoesNotContain("HS0770", quiet);
        Assert.Equal(2, CliRunner.Run("check", "--output", output, "--report", "words").Exit);
    }
}
