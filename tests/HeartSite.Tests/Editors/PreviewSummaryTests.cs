using HeartSite.Tests.Support;

namespace HeartSite.Tests.Editors;

/// <summary>The pull request summary, run as CI runs it: on a build of the base branch and a build of the change.</summary>
public class PreviewSummaryTests
{
    [Fact]
    public void Lists_pages_added_changed_and_removed_by_address_every_warning_with_file_and_line_and_how_to_preview()
    {
        using var temp = new TempDir();
        string[] Build(string input, string output) =>
            ["build", "--input", input, "--theme", Repo.Theme, "--output", output, "--now", CliRunner.Now, "--no-check"];
        Assert.Equal(0, CliRunner.Run(Build(Repo.Input, temp["base"])).Exit);

        var input = temp.CopyFrom(Repo.Input, "input");
        // Removing an event removes it in every language: a translation left without its English file is HS0120.
        File.Delete(Path.Combine(input, "events", "heart-learning-collaborative-info-session-2021-08-16.md"));
        File.Delete(Path.Combine(input, "events", "heart-learning-collaborative-info-session-2021-08-16.es.md"));
        File.WriteAllText(Path.Combine(input, "news", "articles", "spring-update.md"),
            "---\ntitle: Spring update\nsummary: What is new.\ndate: 2022-02-20\n---\nNews.\n");
        var about = Path.Combine(input, "pages", "about.md");
        File.WriteAllText(about, File.ReadAllText(about).Replace("description:", "descripton: typo\ndescription:") + "\nOne more line.\n");
        var head = CliRunner.Run(Build(input, temp["_site"]));
        Assert.Equal(0, head.Exit);
        var log = temp.Write("build.log", head.Err);

        var (exit, summary, _) = CliRunner.Run("summary", "--base", temp["base"], "--output", temp["_site"], "--log", log,
            "--run-url", "https://github.com/example/heart-site/actions/runs/1");
        Assert.Equal(0, exit);
        Assert.Contains("### Added pages (1)\n\n- `/news/articles/spring-update/`\n", summary);
        Assert.Contains("### Removed pages (2)\n\n- `/es/events/heart-learning-collaborative-info-session-2021-08-16/`\n"
            + "- `/events/heart-learning-collaborative-info-session-2021-08-16/`\n", summary);
        Assert.Contains("- `/about/`\n", summary[summary.IndexOf("### Changed pages", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("/glossary/hrsa/", summary); // unchanged pages are not listed
        Assert.Matches(@"### Warnings \(1\)\n\n- `.*input/pages/about\.md` line 3: HS0104 'descripton' is not a page field", summary);
        Assert.Contains("[this run's summary page](https://github.com/example/heart-site/actions/runs/1)", summary);
        Assert.Contains("Opening `index.html` straight from disk does not work", summary);
    }

    [Fact]
    public void A_change_that_does_not_build_says_so_and_points_at_the_annotations()
    {
        using var temp = new TempDir();
        var log = temp.Write("build.log", "input/pages/about.md(2,8): error HS0001: put the value of 'title' in double quotes — see CONTRIBUTING.md\n");
        var (exit, summary, _) = CliRunner.Run("summary", "--base", temp["base"], "--output", temp["_site"], "--log", log);
        Assert.Equal(0, exit);
        Assert.Contains("The site did not build: 1 error(s)", summary);
        Assert.DoesNotContain("Look at the preview", summary);
    }
}
