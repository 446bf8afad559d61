using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

public class RenderMarkdownTests
{
    static string Render(string markdown, string basePath = "/") =>
        Docs.Run(new RenderMarkdown(), Docs.Settings(basePath), Docs.Markdown(markdown)).Output.Single().Content;

    [Fact]
    public void Headings_get_automatic_ids()
    {
        Assert.Equal("<h2 id=\"who-convenes-it\">Who convenes it</h2>\n", Render("## Who convenes it"));
    }

    [Fact]
    public void Raw_script_is_an_error_at_its_line_and_never_passed_through()
    {
        var (output, diagnostics) = Docs.Run(new RenderMarkdown(), null, Docs.Markdown("Hi\n\nthere <script>alert(1)</script>"));
        Assert.DoesNotContain("<script>", Assert.Single(output).Content);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("HS0203", 3, 7), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Root_relative_links_go_under_the_base_path_and_others_are_left_alone()
    {
        var html = Render("[a](/glossary/) [b](https://example.org/) [c](#top)", "/heart-site/");
        Assert.Contains("href=\"/heart-site/glossary/\"", html);
        Assert.Contains("href=\"https://example.org/\"", html);
        Assert.Contains("href=\"#top\"", html);
    }

    [Fact]
    public void The_inspect_hook_sees_blocks_with_their_file_line()
    {
        var lines = new List<int>();
        var doc = Docs.Markdown("x") with { Map = Docs.Markdown("x").Map with { BodyLine = 6 } };
        Docs.Run(new RenderMarkdown(inspect: (tree, d, _) => lines.AddRange(tree.Select(b => RenderMarkdown.SourceLine(d, b)))),
            null, doc with { Content = "para\n\n## Heading\n" });
        Assert.Equal([6, 8], lines);
    }

    [Fact]
    public void Markdig_is_configured_in_one_place()
    {
        var builders = Directory.GetFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains("new MarkdownPipelineBuilder(")).Select(f => Path.GetFileName(f));
        Assert.Equal(["RenderMarkdown.cs"], builders);
    }

    [Fact]
    public void Markdown_shown_inside_another_page_uses_the_same_pipeline_without_heading_ids()
    {
        var html = HeartSite.Content.News.NewsMarkdown.ToHtml("## Plan\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~", link => link);
        Assert.Contains("<h3>Plan</h3>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<del>old</del>", html);
    }
}
