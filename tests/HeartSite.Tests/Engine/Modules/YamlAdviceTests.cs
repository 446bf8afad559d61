using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

/// <summary>YAML mistakes reported in an editor's words: the fix first, the reader's words after, at the line to change.</summary>
public class YamlAdviceTests
{
    static HeartSite.Engine.Diagnostics.Diagnostic ErrorFor(string frontMatter)
    {
        var (output, diagnostics) = Docs.Run(new ParseFrontMatter(), null, Docs.Markdown($"---\n{frontMatter}---\nBody\n"));
        Assert.Empty(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal("HS0001", error.Code);
        return error;
    }

    [Fact]
    public void A_colon_in_an_unquoted_summary_says_to_quote_it_first_then_what_the_reader_said()
    {
        var error = ErrorFor("title: Fine\nsummary: Schools: a guide for staff\norder: 2\n");
        Assert.StartsWith("put the value of 'summary' in double quotes: it contains ': '", error.Message);
        Assert.Contains("summary: \"Schools: a guide for staff\"", error.Message);
        Assert.Contains("(the YAML reader said: ", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_at_the_line_with_the_tab()
    {
        var error = ErrorFor("title: Fine\naudiences:\n  - educators\n\t- families\norder: 2\n");
        Assert.StartsWith("indent with spaces, not a tab", error.Message);
        Assert.Equal((5, 1), (error.Line, error.Column));
    }

    [Fact]
    public void An_unclosed_bracket_says_to_quote_the_value()
    {
        var error = ErrorFor("title: Fine\nsummary: [never closed\norder: 2\n");
        Assert.StartsWith("put the value of 'summary' in double quotes: it starts with '['", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unclosed_quote_says_to_close_it()
    {
        var error = ErrorFor("title: \"Fine\nsummary: x\n");
        Assert.StartsWith("close the quote", error.Message);
    }

    [Fact]
    public void A_value_starting_with_a_special_character_says_to_quote_it()
    {
        var error = ErrorFor("title: *Important* news\n");
        Assert.StartsWith("put the value of 'title' in double quotes: it starts with '*'", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Uneven_indentation_says_to_line_the_setting_up()
    {
        var error = ErrorFor("title: Fine\n summary: oops\nother: x\n");
        Assert.StartsWith("line this setting up with the others", error.Message);
        Assert.Equal(3, error.Line);
    }
}
