using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

public class ParseFrontMatterTests
{
    [Fact]
    public void Keys_become_metadata_with_their_line_and_the_body_becomes_content()
    {
        var (output, diagnostics) = Docs.Run(new ParseFrontMatter(), null,
            Docs.Markdown("---\ntitle: Hello\naudiences:\n  - educators\n  - families\n---\nBody line\n"));
        Assert.Empty(diagnostics);
        var doc = output.Single();
        Assert.Equal("Hello", doc.GetString("title"));
        Assert.Equal(["educators", "families"], doc.Get<List<object?>>("audiences")!);
        Assert.Equal(new SourcePosition(2, 1), doc.PositionOf("title"));
        Assert.Equal(new SourcePosition(5, 5), doc.PositionOf("audiences[1]"));
        Assert.Equal(7, doc.Map.BodyLine);
        Assert.Equal("Body line\n", doc.Content);
    }

    [Fact]
    public void A_file_without_front_matter_passes_unchanged()
    {
        var input = Docs.Markdown("# Just markdown\n");
        Assert.Same(input.Content, Docs.Run(new ParseFrontMatter(), null, input).Output.Single().Content);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_the_offending_line()
    {
        var (output, diagnostics) = Docs.Run(new ParseFrontMatter(), null,
            Docs.Markdown("---\ntitle: Fine\nsummary: [never closed\norder: 2\n---\n"));
        Assert.Empty(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("HS0001", 3), (error.Code, error.Line));
    }

    [Fact]
    public void A_bad_indent_is_an_error_at_its_line()
    {
        var (_, diagnostics) = Docs.Run(new ParseFrontMatter(), null,
            Docs.Markdown("---\ntitle: Fine\n summary: oops\nother: x\n---\n"));
        Assert.Equal(("HS0001", 3), (diagnostics.Single().Code, diagnostics.Single().Line));
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var (_, diagnostics) = Docs.Run(new ParseFrontMatter(), null, Docs.Markdown("---\ntitle: Fine\n\nBody\n"));
        Assert.Equal("HS0002", diagnostics.Single().Code);
    }

    [Fact]
    public void Windows_line_ends_read_like_unix_ones()
    {
        using var temp = new TempDir();
        temp.Write("pages/a.md", "---\r\ntitle: Crlf\r\n---\r\nBody\r\n");
        var settings = Docs.Settings() with { InputRoot = temp.Path };
        var pipeline = new Pipeline("p") { Input = { new ReadFiles("pages/*.md"), new ParseFrontMatter() } };
        var doc = new PipelineEngine([pipeline]).Run(settings).Outputs["p"].Single();
        Assert.Equal(("Crlf", "Body\n"), (doc.GetString("title"), doc.Content));
    }
}
