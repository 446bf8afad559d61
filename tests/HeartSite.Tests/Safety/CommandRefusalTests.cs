using HeartSite.Engine;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Safety;

/// <summary>The command line never deletes or writes where it must not, and says so with exit 2.</summary>
public class CommandRefusalTests
{
    sealed class Copy : IDisposable
    {
        public readonly TempDir Temp = new();
        public Copy()
        {
            Temp.CopyFrom(Repo.Input, "input");
            Temp.CopyFrom(Repo.Theme, "theme");
            Temp.Write(".git/HEAD", "ref: refs/heads/main\n");
        }
        public string this[string relative] => Temp[relative];
        public (int Exit, string Out, string Err) Build(string output, string command = "build") => WithoutSearch.Run(() =>
            CliRunner.Run([command, "--input", Temp["input"], "--theme", Temp["theme"], "--output", output, "--now", CliRunner.Now,
                .. command == "serve" ? new[] { "--port", "18093" } : []]));
        public void Dispose() => Temp.Dispose();
    }

    [Theory]
    [InlineData("build", "input")]
    [InlineData("build", "theme")]
    [InlineData("build", ".")]
    [InlineData("build", "input/pages")]
    [InlineData("serve", "input")]
    public void Output_over_the_content_theme_or_repository_is_refused_and_nothing_is_deleted(string command, string output)
    {
        using var copy = new Copy();
        var before = Directory.GetFiles(copy.Temp.Path, "*", SearchOption.AllDirectories).Length;
        var args = command == "build" ? copy.Build(copy[output]) : copy.Build(copy[output], "serve");
        Assert.Equal(2, args.Exit);
        Assert.Contains("HS0807", args.Err);
        Assert.Equal(before, Directory.GetFiles(copy.Temp.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Output_at_the_parent_of_the_repository_home_or_filesystem_root_is_refused()
    {
        using var copy = new Copy();
        foreach (var output in new[] { Path.GetDirectoryName(copy.Temp.Path)!, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "/" })
        {
            var (exit, _, error) = copy.Build(output);
            Assert.Equal(2, exit);
            Assert.Contains("HS0807", error);
        }
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_refused_but_an_earlier_build_is_replaced()
    {
        using var copy = new Copy();
        copy.Temp.Write("mine/notes.txt", "keep me");
        var (exit, _, error) = copy.Build(copy["mine"]);
        Assert.Equal(2, exit);
        Assert.Contains("did not write", error);
        Assert.Equal("keep me", File.ReadAllText(copy["mine/notes.txt"]));

        Assert.Equal(0, copy.Build(copy["_site"]).Exit);
        Assert.True(File.Exists(copy[$"_site/{OutputFolder.Marker}"]));
        Assert.Equal(0, copy.Build(copy["_site"]).Exit);
    }

    [Fact]
    public void News_export_refuses_an_out_that_is_a_file_and_an_id_with_a_line_break()
    {
        using var copy = new Copy();
        var file = copy.Temp.Write("exports", "a file");
        var common = new[] { "--input", copy["input"], "--theme", copy["theme"], "--now", CliRunner.Now };
        Assert.Equal(2, CliRunner.Run(["news", "export", "2022-03", "--out", file, .. common]).Exit);
        Assert.Equal("a file", File.ReadAllText(file));
        Assert.Equal(2, CliRunner.Run(["news", "export", "2022-03\n", .. common]).Exit);
    }

    [Theory]
    [InlineData("Психическое здоровье школьников", "psikhicheskoe-zdorove-shkolnikov")]
    [InlineData("Ça va? Naïve café", "ca-va-naive-cafe")]
    [InlineData("学校心理健康", "term-")]
    [InlineData("../../../etc/passwd", "etc-passwd")]
    public void New_makes_a_safe_file_name_inside_input_from_any_title(string title, string expected)
    {
        using var copy = new Copy();
        var (exit, output, error) = CliRunner.Run("new", "glossary", title, "--input", copy["input"], "--now", CliRunner.Now);
        Assert.True(exit == 0, error);
        var written = Directory.GetFiles(copy["input/glossary"]).Select(Path.GetFileName).Single(n => n!.StartsWith(expected, StringComparison.Ordinal))!;
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*\\.md$", written);
        Assert.Contains(written, output);
    }

    [Fact]
    public void New_with_a_ten_kilobyte_title_writes_a_name_of_at_most_80_characters()
    {
        using var copy = new Copy();
        var title = string.Join(' ', Enumerable.Repeat("wellbeing", 1100));
        var (exit, output, error) = CliRunner.Run("new", "tip-sheet", title, "--input", copy["input"], "--now", CliRunner.Now);
        Assert.True(exit == 0, error);
        var name = Path.GetFileNameWithoutExtension(output.Trim());
        Assert.InRange(name.Length, 1, 80);
    }

    [Fact]
    public void Messages_from_content_never_break_a_line_or_start_a_workflow_command()
    {
        using var copy = new Copy();
        copy.Temp.Write("input/glossary/forged.md",
            "---\nterm: Forged entry\ndefinition: A test entry.\nrelated:\n  - \"x\\n::stop-commands::pwned\\n::error file=a::forged\"\n---\nText.\n");
        var (exit, _, error) = copy.Build(copy["_site"]);
        Assert.Equal(1, exit);
        Assert.Contains("\\u000A::stop-commands::pwned", error);
        Assert.All(error.Split('\n'), line => Assert.False(line.StartsWith("::", StringComparison.Ordinal), line));
    }
}
