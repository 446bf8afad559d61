using HeartSite.Engine.Diagnostics;

namespace HeartSite.Tests.Engine;

public class DiagnosticFormatterTests
{
    static readonly Diagnostic Example = new(Severity.Error, "HS0102", "'audiences' has unknown value 'teachers'",
        "use one of: educators, families", "/work/site/input/tip-sheets/barriers.md", 4, 3);

    [Fact]
    public void Canonical_form_is_path_line_col_severity_code_message_and_hint()
    {
        Assert.Equal("input/tip-sheets/barriers.md(4,3): error HS0102: 'audiences' has unknown value 'teachers' — use one of: educators, families",
            DiagnosticFormatter.Canonical(Example, "/work/site"));
    }

    [Fact]
    public void Warnings_say_warning_and_files_without_a_line_have_no_position()
    {
        var warning = Example with { Severity = Severity.Warning, Line = 0, Hint = null };
        Assert.Equal("input/tip-sheets/barriers.md: warning HS0102: 'audiences' has unknown value 'teachers'",
            DiagnosticFormatter.Canonical(warning, "/work/site"));
    }

    [Fact]
    public void GitHub_annotation_carries_file_line_and_column_with_escaping()
    {
        var multiline = Example with { Message = "50% of\nlines" };
        Assert.Equal("::error file=input/tip-sheets/barriers.md,line=4,col=3::HS0102: 50%25 of%0Alines — use one of: educators, families",
            DiagnosticFormatter.GitHubAnnotation(multiline, "/work/site"));
    }
}
