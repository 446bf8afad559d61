using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Safety;

/// <summary>Raw HTML in Markdown: a few harmless elements are kept (cleaned), everything else is an error at its place.</summary>
public class RawHtmlTests
{
    static (string Html, IReadOnlyList<HeartSite.Engine.Diagnostics.Diagnostic> Errors) Render(string markdown)
    {
        var (output, diagnostics) = Docs.Run(new RenderMarkdown(), null, Docs.Markdown(markdown));
        return (output.Single().Content, diagnostics);
    }

    [Fact]
    public void Allowed_elements_are_rendered_as_elements_never_as_visible_tags()
    {
        var (html, errors) = Render("Line one<br>line two, H<sub>2</sub>O, x<sup>2</sup>, <abbr title=\"Substance Abuse and Mental Health Services Administration\">SAMHSA</abbr>, <kbd>Ctrl</kbd>\n\n<details>\n<summary>More</summary>\nHidden text\n</details>\n");
        Assert.Empty(errors);
        Assert.DoesNotContain("&lt;", html);
        foreach (var tag in new[] { "<br>", "<sub>2</sub>", "<sup>2</sup>", "<abbr title=\"Substance Abuse and Mental Health Services Administration\">", "<kbd>", "<details>", "<summary>More</summary>" })
            Assert.Contains(tag, html);
    }

    [Theory]
    [InlineData("x <script>alert(1)</script>", "<script>", 1, 3)]
    [InlineData("x <iframe src=\"https://evil.example/\"></iframe>", "<iframe>", 1, 3)]
    [InlineData("x <object data=\"a\"></object>", "<object>", 1, 3)]
    [InlineData("x <embed src=\"a\">", "<embed>", 1, 3)]
    [InlineData("x <form action=\"/\"></form>", "<form>", 1, 3)]
    [InlineData("x <meta http-equiv=\"refresh\" content=\"0\">", "<meta>", 1, 3)]
    [InlineData("x <style>body{}</style>", "<style>", 1, 3)]
    [InlineData("a\n\nb <span style=\"color:red\">pasted</span>", "<span>", 3, 3)]
    [InlineData("x <abbr title=\"a\" onclick=\"alert(1)\">A</abbr>", "'onclick'", 1, 3)]
    [InlineData("x <br style=\"x\">", "'style'", 1, 3)]
    [InlineData("<div>\n<img src=x onerror=alert(1)>\n</div>", "<div>", 1, 1)]
    public void Other_tags_and_attributes_are_errors_at_their_line_with_a_hint(string markdown, string named, int line, int column)
    {
        var (html, errors) = Render(markdown);
        var error = errors.First();
        Assert.Equal(("HS0203", line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(named, error.Message);
        Assert.False(string.IsNullOrEmpty(error.Hint));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("onclick", html);
    }

    [Fact]
    public void A_pasted_tag_hints_at_the_markdown_to_use()
    {
        var (_, errors) = Render("See <a href=\"https://example.org/\">this</a>.");
        Assert.Contains("[the words](https://…)", errors.First().Hint);
    }
}
