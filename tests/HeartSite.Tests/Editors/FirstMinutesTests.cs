using HeartSite.Engine;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Editors;

/// <summary>What a newcomer meets: editors' temporary files ignored, one line per build phase on a terminal, serve's next steps.</summary>
public class FirstMinutesTests(SiteFixture site, RealSiteCliBuild cliBuild)
{
    [Theory]
    [InlineData("about.md~", true)]
    [InlineData(".about.md.swp", true)]
    [InlineData(".#about.md", true)]
    [InlineData("#about.md#", true)]
    [InlineData("about.md.tmp", true)]
    [InlineData("4913", true)]
    [InlineData("README", true)]
    [InlineData("about.md", false)]
    [InlineData("logo.png", false)]
    [InlineData(".gitkeep", false)]
    public void Editors_temporary_files_are_recognised_by_name(string name, bool temporary) =>
        Assert.Equal(temporary, EditorFiles.IsTemporary(Path.Combine("/site", "input", "pages", name)));

    [Fact]
    public void Build_leaves_editors_temporary_files_out_of_the_site()
    {
        using var site = new ScratchSite();
        site.Write("pages/about.md", "---\ntitle: About\ndescription: About us.\n---\nHello.\n");
        foreach (var junk in new[] { "pages/about.md~", "pages/.about.md.swp", "pages/4913", "pages/about.md.tmp", "pages/.#about.md", "assets/logo.svg~", "assets/4913" })
            site.Write(junk, "---\ntitle: [broken\n");
        Assert.Empty(site.Build().Diagnostics);
        var written = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(written, f => EditorFiles.IsTemporary(f));
    }

    [Fact]
    public void A_build_tells_its_progress_one_phase_at_a_time_when_asked()
    {
        // The shared real-site build asked for its progress.
        var (outcome, phases) = (site.Outcome, site.Phases);
        Assert.True(outcome.Succeeded);
        // Indexing runs only where Pagefind is installed ('npm ci'); without it the build goes straight to the checks.
        string[] indexing = HeartSite.Content.Search.SearchIndex.FindLauncher(Repo.Input) is null ? [] : ["Indexing for search"];
        Assert.Equal(["Reading content files", "Rendering pages", "Laying out pages, lists and feeds", "Writing files", .. indexing, "Checking links and accessibility"], phases);
    }

    [Fact]
    public void Build_prints_no_progress_when_its_output_is_not_a_terminal()
    {
        var (exit, output, _) = cliBuild.Result;
        Assert.Equal(0, exit);
        Assert.Matches(@"^Built \d+ files into .*_site/ in \d+ ms\.\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Build_with_drafts_includes_them()
    {
        using var site = new RealSiteCopy();
        site.AddToFrontMatter("pages/about.md", "draft: true");
        Assert.Equal(0, CliRunner.Run("build", "--input", site.Input, "--theme", Repo.Theme, "--output", site.Output, "--now", CliRunner.Now, "--no-check").Exit);
        Assert.False(site.Has("about/index.html"));
        Assert.Equal(0, CliRunner.Run("build", "--input", site.Input, "--theme", Repo.Theme, "--output", site.Output, "--now", CliRunner.Now, "--no-check", "--drafts").Exit);
        Assert.Contains("Draft — not published", site.Read("about/index.html"));
    }
}
