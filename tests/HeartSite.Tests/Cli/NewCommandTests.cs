using System.CommandLine;
using System.Globalization;
using HeartSite.Cli;
using HeartSite.Content;
using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Cli;

public class NewCommandTests
{
    const string Now = "2022-03-01T09:00:00-05:00";

    /// <summary>A content type of the tests' own, so <c>new</c> is tested whatever the site registers.</summary>
    static readonly ContentType Note = new("note", "notes",
        new Schema("note", Field.Text("title", "the title", required: true), Field.Date("date", "when", required: true)),
        request => new Scaffold($"notes/{Slug(request.Title)}.md",
            $"---\ntitle: \"{request.Title.Replace("\"", "\\\"")}\"\ndate: {request.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n---\nWrite the note here.\n"));

    /// <summary>A type whose scaffold forgets a required field, as a buggy or odd scaffold might.</summary>
    static readonly ContentType Careless = new("careless", "careless",
        new Schema("careless", Field.Text("title", "the title", required: true)),
        request => new Scaffold("careless/x.md", "---\nsummary: no title\n---\n"));

    static string Slug(string title) => string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    static (int Exit, string Out, string Err) Run(IReadOnlyList<ContentType> types, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { NewCommand.Create(output, error, types) };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Writes_the_scaffold_under_the_input_folder_prints_its_path_and_the_file_passes_the_schema()
    {
        using var temp = new TempDir();
        var input = temp.CopyFrom(Repo.Input, "input");
        var (exit, output, error) = Run([Note], "new", "note", "Peer support hour", "--input", input, "--now", Now);

        Assert.True(exit == 0, error);
        var path = Path.Combine(input, "notes", "peer-support-hour.md");
        var lines = output.Trim().Split('\n');
        Assert.Equal(DiagnosticsPath(path), lines[0]);
        // Then what to do next: the file to edit, that it is a draft, how to preview.
        Assert.Contains($"Next: open {DiagnosticsPath(path)}", lines[1]);
        Assert.Contains("draft", lines[2]);
        Assert.Contains("serve", lines[3]);
        Assert.Contains("date: 2022-03-01", File.ReadAllText(path));
        Assert.Empty(Validate(Note, input, "notes/peer-support-hour.md"));
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file_with_exit_1_and_HS0801()
    {
        using var temp = new TempDir();
        var path = temp.Write("input/notes/peer-support-hour.md", "mine, keep me");
        var (exit, output, error) = Run([Note], "new", "note", "Peer support hour", "--input", temp["input"], "--now", Now);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Matches(@"notes/peer-support-hour\.md: error HS0801: this file already exists", error);
        Assert.Equal("mine, keep me", File.ReadAllText(path));
    }

    [Fact]
    public void An_unknown_type_is_bad_usage_listing_the_known_types()
    {
        using var temp = new TempDir();
        var (exit, _, error) = Run([Note, Careless], "new", "tipsheet", "Anything", "--input", temp.Path);
        Assert.Equal(2, exit);
        Assert.Contains("error HS0802: there is no content type named 'tipsheet' — use one of: careless, note", error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void The_real_command_line_knows_new_and_lists_the_site_types_for_an_unknown_one()
    {
        var error = new StringWriter();
        var exit = HeartSiteCli.Run(["new", "no-such-type", "Anything"], new StringWriter(), error);
        Assert.Equal(2, exit);
        Assert.Contains("HS0802", error.ToString());
        foreach (var type in SiteContentTypes.All) Assert.Contains(type.Name, error.ToString());
    }

    [Fact]
    public void A_scaffold_that_would_fail_its_schema_is_reported_and_not_written()
    {
        using var temp = new TempDir();
        var (exit, _, error) = Run([Careless], "new", "careless", "Anything", "--input", temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains("error HS0101: 'title' is required", error);
        Assert.Contains("HS0804", error);
        Assert.False(File.Exists(temp["careless/x.md"]));
    }

    [Theory]
    [InlineData("  ")]
    [InlineData("???")]
    public void A_title_without_letters_or_digits_is_bad_usage(string title)
    {
        using var temp = new TempDir();
        var (exit, _, error) = Run([Note], "new", "note", title, "--input", temp.Path);
        Assert.Equal(2, exit);
        Assert.Contains("HS0803", error);
    }

    [Fact]
    public void Every_registered_type_scaffolds_a_draft_left_out_of_the_site_and_shown_in_a_preview_with_its_banner()
    {
        using var temp = new TempDir();
        var input = temp.CopyFrom(Repo.Input, "input");
        var pages = new List<string>();
        foreach (var type in SiteContentTypes.All)
        {
            var (exit, output, error) = Run(SiteContentTypes.All, "new", type.Name, "Working together after a hard week", "--input", input, "--now", Now);
            Assert.True(exit == 0, $"{type.Name}: {error}");
            var written = Path.GetFullPath(output.Split('\n')[0].Trim());
            Assert.True(File.Exists(written), $"{type.Name} printed '{output.Trim()}'");
            Assert.StartsWith(Path.Combine(input, type.Folder) + Path.DirectorySeparatorChar, written);
            var relative = Path.GetRelativePath(input, written).Replace('\\', '/');
            Assert.StartsWith("---\n# Draft:", File.ReadAllText(written));
            Assert.Empty(Validate(type, input, relative));
            pages.Add(PageOf(relative));
        }

        // The published build: no scaffold anywhere, not in pages, lists, sitemap, feeds or calendars.
        var site = temp["_site"];
        var outcome = SiteBuilder.Build(new BuildSettings(input, Repo.Theme, site, SiteFixture.Now));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        foreach (var page in pages) Assert.False(File.Exists(Path.Combine(site, page)), page);
        foreach (var file in Directory.GetFiles(site, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".css")))
            Assert.DoesNotContain("hard week", File.ReadAllText(file), StringComparison.OrdinalIgnoreCase);

        // The preview build (--drafts): every scaffold is there, under its banner.
        outcome = SiteBuilder.Build(new BuildSettings(input, Repo.Theme, site, SiteFixture.Now) { IncludeDrafts = true });
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        foreach (var page in pages)
            Assert.Contains("Draft — not published", File.ReadAllText(Path.Combine(site, page)));
        Assert.Contains("working-together-after-a-hard-week", File.ReadAllText(Path.Combine(site, "events", "calendar.ics")));
        Assert.DoesNotContain("Draft — not published", File.ReadAllText(Path.Combine(site, "about", "index.html")));
    }

    /// <summary>The page a scaffolded file becomes: <c>news/2022-05.md</c> → <c>news/2022-05/index.html</c>.</summary>
    static string PageOf(string relativeSource) => Path.ChangeExtension(relativeSource, null) + "/index.html";

    /// <summary>Reads one file through the pipeline's own modules: front matter, then the type's schema.</summary>
    static IReadOnlyList<string> Validate(ContentType type, string input, string relativePath)
    {
        var pipeline = new Pipeline("scaffolded")
        {
            Input = { new ReadFiles(relativePath), new ParseFrontMatter(), new ValidateFrontMatter(type.Schema) },
        };
        var result = new PipelineEngine([pipeline]).Run(new BuildSettings(input, Repo.Theme, "/unused", SiteFixture.Now) { IncludeDrafts = true });
        Assert.Single(result.Outputs["scaffolded"]);
        return result.Diagnostics.Select(d => d.ToString()).ToList();
    }

    static string DiagnosticsPath(string path) => HeartSite.Engine.Diagnostics.DiagnosticFormatter.RelativePath(path, Environment.CurrentDirectory);
}
