using HeartSite.Engine.Diagnostics;

namespace HeartSite.Tests.Safety;

/// <summary>Values from content are printed so that no terminal or workflow runner acts on them.</summary>
public class ConsoleTextTests
{
    static readonly Diagnostic Forged = new(Severity.Error, "HS0410", "'related' names 'x\n::stop-commands::t\u001b[31m'",
        "did you mean 'a,b:c'?", "/work/site/input/glossary/a::b,c.md", 3, 5);

    [Fact]
    public void Control_and_escape_characters_are_shown_as_code_points()
    {
        Assert.Equal("a\\u001B[31mb\\u0007c\\u202Ed", ConsoleText.Escape("a\u001b[31mb\u0007c\u202Ed"));
        Assert.Equal("\\u003A:stop-commands::x", ConsoleText.Line("::stop-commands::x"));
    }

    [Fact]
    public void A_canonical_line_stays_one_line_without_escapes()
    {
        var line = DiagnosticFormatter.Canonical(Forged, "/work/site");
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u001b', line);
        Assert.Contains("x\\u000A::stop-commands::t\\u001B[31m", line);
    }

    [Fact]
    public void An_annotation_escapes_message_and_properties_as_github_documents()
    {
        var line = DiagnosticFormatter.GitHubAnnotation(Forged, "/work/site");
        Assert.StartsWith("::error file=input/glossary/a%3A%3Ab%2Cc.md,line=3,col=5::HS0410: ", line);
        Assert.Contains("x%0A::stop-commands::t\\u001B[31m", line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u001b', line);
    }
}
