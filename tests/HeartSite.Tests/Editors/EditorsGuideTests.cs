using System.Text.RegularExpressions;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Editors;

/// <summary>The newcomer's documents: the five-step start, the Quick start, every code, the daily deploy.</summary>
public partial class EditorsGuideTests
{
    static string Read(string relative) => File.ReadAllText(Path.Combine(Repo.Root, relative)).ReplaceLineEndings("\n");

    [Fact]
    public void Contributing_opens_with_add_an_event_in_five_steps_on_one_screen()
    {
        var guide = Read("CONTRIBUTING.md");
        var sections = guide.Split("\n## ");
        Assert.StartsWith("Add an event in five steps\n", sections[1]);
        Assert.True(sections[1].Split('\n').Length <= 30, "the first section fits on one screen");
        for (var step = 1; step <= 5; step++) Assert.Contains($"\n{step}. **", sections[1]);
    }

    [Fact]
    public void The_quick_start_keeps_two_commands_and_says_how_to_look_at_the_result()
    {
        var readme = Read("README.md");
        var start = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        start = start[..start.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var block = CodeBlock().Match(start).Groups[1].Value;
        Assert.Equal(2, block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("-- serve", start[start.IndexOf("```\n\n", StringComparison.Ordinal)..]);
        Assert.Contains("_site/index.html", start);
    }

    [Fact]
    public void Every_code_the_source_reports_is_explained_in_contributing()
    {
        var guide = Read("CONTRIBUTING.md");
        var codes = Directory.GetFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().Order().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"| {code}", guide));
    }

    [Fact]
    public void The_deploy_runs_daily_and_contributing_says_when()
    {
        var deploy = Read(".github/workflows/deploy.yml");
        var cron = Cron().Match(deploy);
        Assert.True(cron.Success, "deploy.yml has a schedule");
        Assert.Equal(("17", "9"), (cron.Groups[1].Value, cron.Groups[2].Value));
        Assert.Contains("every day at 09:17 UTC", Read("CONTRIBUTING.md"));
    }

    [Fact]
    public void Ci_uploads_the_site_and_writes_the_summary_into_the_job_summary()
    {
        var ci = Read(".github/workflows/ci.yml");
        Assert.Contains("actions/upload-artifact@", ci);
        Assert.Contains("name: site-preview", ci);
        Assert.Matches(@"-- summary[\s\S]*>> ""\$GITHUB_STEP_SUMMARY""", ci);
    }

    [GeneratedRegex("```sh\n([\\s\\S]*?)```")]
    private static partial Regex CodeBlock();

    [GeneratedRegex("\"(HS0[0-8][0-9]{2})\"")]
    private static partial Regex Code();

    [GeneratedRegex("cron: \"(\\d+) (\\d+) \\* \\* \\*\"")]
    private static partial Regex Cron();
}
