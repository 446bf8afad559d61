using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Safety;

/// <summary>Every kind of Markdown link goes through the URL policy and is reported at its own line and column.</summary>
public class MarkdownLinkTests
{
    [Theory]
    [InlineData("Intro\n\nSee [click](javascript:alert(1)) now.", "HS0201", 3, 5)]
    [InlineData("![a picture](jav&#x61;script:alert(1))", "HS0201", 1, 1)]
    [InlineData("Go <vbscript:msgbox(1)> now", "HS0201", 1, 4)]
    [InlineData("Read [the guide][g].\n\n[g]: data:text/html,x", "HS0201", 3, 1)]
    [InlineData("[menu](//evil.example/)", "HS0202", 1, 1)]
    public void A_refused_link_is_an_error_at_the_link(string markdown, string code, int line, int column)
    {
        var document = Docs.Markdown(markdown) with { Map = HeartSite.Engine.SourceMap.Empty with { BodyLine = 4 } };
        var (output, diagnostics) = Docs.Run(new RenderMarkdown(), null, document);
        var error = Assert.Single(diagnostics);
        Assert.Equal((code, line + 3, column), (error.Code, error.Line, error.Column));
        Assert.DoesNotContain("javascript", output.Single().Content);
    }

    [Fact]
    public void Quotes_nested_thousands_deep_are_an_error_at_the_line_not_a_crash()
    {
        var (_, diagnostics) = Docs.Run(new RenderMarkdown(), null, Docs.Markdown("Fine\n\n" + string.Concat(Enumerable.Repeat("> ", 5000)) + "deep"));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("HS0205", 3), (error.Code, error.Line));
    }

    [Fact]
    public void A_list_nested_thousands_deep_is_refused_quickly()
    {
        var list = string.Join("\n", Enumerable.Range(0, 3000).Select(i => new string(' ', i * 2) + "- item"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (_, diagnostics) = Docs.Run(new RenderMarkdown(), null, Docs.Markdown(list));
        Assert.Equal("HS0205", Assert.Single(diagnostics).Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Ordinary_nesting_and_long_rules_are_fine()
    {
        var markdown = "> quote\n> > inside\n\n- a\n  - b\n    - c\n\n" + new string('-', 200) + "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        Assert.Empty(Docs.Run(new RenderMarkdown(), null, Docs.Markdown(markdown)).Diagnostics);
    }
}
