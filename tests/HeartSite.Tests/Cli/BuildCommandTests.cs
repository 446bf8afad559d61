using HeartSite.Tests.Support;

namespace HeartSite.Tests.Cli;

public class BuildCommandTests(RealSiteCliBuild cliBuild)
{
    const string Now = CliRunner.Now;

    static string[] Build(TempDir temp, string input, params string[] more) =>
        ["build", "--input", input, "--theme", Repo.Theme, "--output", temp["_site"], "--now", Now, .. more];

    [Fact]
    public void Building_the_real_input_succeeds_with_exit_code_0()
    {
        var (exit, output, error) = cliBuild.Result;
        Assert.True(exit == 0, error);
        Assert.Matches(@"^Built \d+ files into .*_site/ in \d+ ms\.", output);
        Assert.True(File.Exists(Path.Combine(cliBuild.Output, "index.html")));
    }

    [Fact]
    public void A_broken_front_matter_line_fails_with_exit_1_naming_file_and_line_and_keeps_the_old_output()
    {
        using var temp = new TempDir();
        var input = temp.CopyFrom(Repo.Input, "input");
        Assert.Equal(0, CliRunner.Run(Build(temp, input)).Exit);
        var before = Snapshot(temp["_site"]);

        var about = Path.Combine(input, "pages", "about.md");
        var lines = File.ReadAllLines(about);
        lines[1] = "title: [About us";
        File.WriteAllLines(about, lines);
        var (exit, _, error) = CliRunner.Run(Build(temp, input));

        Assert.Equal(1, exit);
        Assert.Matches(@"input/pages/about\.md\(2,\d+\): error HS0001: put the value of 'title' in double quotes: .+ \(the YAML reader said: .+\) — .+", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before, Snapshot(temp["_site"]));
    }

    [Fact]
    public void Two_builds_with_the_same_input_and_now_are_byte_identical()
    {
        using var temp = new TempDir();
        Assert.Equal(0, CliRunner.Run(Build(temp, Repo.Input)).Exit);
        var first = Snapshot(temp["_site"]);
        Assert.Equal(0, CliRunner.Run(Build(temp, Repo.Input)).Exit);
        Assert.Equal(first, Snapshot(temp["_site"]));
    }

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("build", "--now", "next tuesday")]
    [InlineData("frobnicate")]
    public void Bad_usage_is_exit_code_2(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("heartsite: error:", error);
    }

    [Fact]
    public void A_missing_input_folder_is_bad_usage()
    {
        using var temp = new TempDir();
        var (exit, _, error) = CliRunner.Run(Build(temp, temp["nope"]));
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error);
    }

    [Collection(nameof(ProcessEnvironment))]
    public class UnderGitHubActions
    {
        [Fact]
        public void Under_github_actions_errors_are_also_annotations()
        {
            using var temp = new TempDir();
            var input = temp.CopyFrom(Repo.Input, "input");
            File.WriteAllText(Path.Combine(input, "pages", "about.md"), "---\ntitle: About\n---\nNo description.\n");
            var previous = Environment.GetEnvironmentVariable("GITHUB_ACTIONS");
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
            try
            {
                var (exit, _, error) = CliRunner.Run(Build(temp, input));
                Assert.Equal(1, exit);
                Assert.Matches(@"::error file=.*input/pages/about\.md,line=1,col=1::HS0101: 'description' is required", error);
            }
            finally { Environment.SetEnvironmentVariable("GITHUB_ACTIONS", previous); }
        }
    }

    /// <summary>Every file's relative path and bytes, for byte-for-byte comparison.</summary>
    static IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
