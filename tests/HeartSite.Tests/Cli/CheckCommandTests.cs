using HeartSite.Tests.Support;

namespace HeartSite.Tests.Cli;

public class CheckCommandTests
{
    const string Now = CliRunner.Now;

    [Fact]
    public void A_broken_markdown_link_fails_the_build_at_its_source_line_and_keeps_the_old_site()
    {
        using var temp = new TempDir();
        var input = temp.CopyFrom(Repo.Input, "input");
        string[] build = ["build", "--input", input, "--theme", Repo.Theme, "--output", temp["_site"], "--now", Now, "--base-url", "https://example.github.io/heart-site/"];
        Assert.Equal(0, WithoutSearch.Run(() => CliRunner.Run(build)).Exit);
        var before = File.ReadAllText(temp["_site/about/index.html"]);

        var about = Path.Combine(input, "pages", "about.md");
        File.AppendAllText(about, "\nSee the [missing tip sheet](/tip-sheets/missing/).\n");
        var line = File.ReadAllLines(about).Length;
        var (exit, _, error) = WithoutSearch.Run(() => CliRunner.Run(build));

        Assert.Equal(1, exit);
        Assert.Matches($@"input/pages/about\.md\({line},\d+\): error HS0701: broken link '/heart-site/tip-sheets/missing/' on about/index\.html", error);
        Assert.Equal(before, File.ReadAllText(temp["_site/about/index.html"]));

        var (unchecked_, _, _) = WithoutSearch.Run(() => CliRunner.Run([.. build, "--no-check"]));
        Assert.Equal(0, unchecked_);
        Assert.Contains("missing tip sheet", File.ReadAllText(temp["_site/about/index.html"]));
    }

    [Fact]
    public void A_build_that_checks_each_page_as_it_parses_it_still_finds_what_needs_every_page_a_missing_fragment_and_a_shared_title()
    {
        using var temp = new TempDir();
        var input = temp.CopyFrom(Repo.Input, "input");
        var about = Path.Combine(input, "pages", "about.md");
        File.AppendAllText(about, "\nRead [how the site works for everyone](/accessibility/#no-such-part).\n");
        var line = File.ReadAllLines(about).Length;
        var privacy = Path.Combine(input, "pages", "privacy.md");
        File.WriteAllText(privacy, File.ReadAllText(privacy).Replace("title: Privacy\n", "title: Accessibility\n"));

        var (exit, _, error) = WithoutSearch.Run(() => CliRunner.Run("build", "--input", input, "--theme", Repo.Theme, "--output", temp["_site"], "--now", Now));

        Assert.Equal(1, exit);
        Assert.Matches($@"input/pages/about\.md\({line},\d+\): error HS0702: link '/accessibility/#no-such-part' on about/index\.html: accessibility/index\.html has no element with id 'no-such-part'", error);
        Assert.Contains("warning HS0732: accessibility/index.html has the same title as privacy/index.html", error);
        Assert.Contains("warning HS0732: privacy/index.html has the same title as accessibility/index.html", error);
        Assert.Equal(2, error.Split("HS0732").Length - 1);
    }

    [Fact]
    public void Check_passes_the_real_site_and_fails_a_site_checked_under_the_wrong_base_path()
    {
        using var temp = new TempDir();
        Assert.Equal(0, CliRunner.Run("build", "--input", Repo.Input, "--theme", Repo.Theme, "--output", temp["_site"], "--now", Now, "--base-url", "https://example.github.io/heart-site/").Exit);

        var (exit, output, error) = CliRunner.Run("check", "--output", temp["_site"], "--base-url", "https://example.github.io/heart-site/", "--input", Repo.Input);
        Assert.True(exit == 0, error);
        Assert.Matches(@"^Checked \d+ pages of .*_site/: no errors, 0 warning\(s\)\.", output);

        var (wrong, _, problems) = CliRunner.Run("check", "--output", temp["_site"]);
        Assert.Equal(1, wrong);
        Assert.Matches(@"_site/index\.html\(\d+,\d+\): error HS0701: ", problems);
    }

    [Fact]
    public void Checking_a_folder_that_does_not_exist_is_bad_usage()
    {
        using var temp = new TempDir();
        Assert.Equal(2, CliRunner.Run("check", "--output", temp["nope"]).Exit);
    }
}
