using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

public class SchemaTests
{
    static readonly Schema Schema = new("tip sheet",
        Field.Text("title", "", required: true),
        Field.Date("updated", ""),
        Field.DateTime("start", ""),
        Field.Integer("order", ""),
        Field.Url("link", ""),
        Field.OneOf("status", "", ["scheduled", "cancelled"]),
        Field.ListOf("audiences", "", ["educators", "families"]));

    static (Document? Doc, IReadOnlyList<Diagnostic> Diagnostics) Validate(string frontMatter)
    {
        var (output, diagnostics) = Docs.Run(new ValidateFrontMatter(Schema), null,
            ParseFrontMatter.Parse(Docs.Markdown($"---\n{frontMatter}\n---\nThe text.\n"), _ => throw new InvalidOperationException())!);
        return (output.SingleOrDefault(), diagnostics);
    }

    [Fact]
    public void Valid_values_are_converted_to_their_types()
    {
        var (doc, diagnostics) = Validate("title: T\nupdated: 2021-12-01\nstart: 2022-01-19T15:00\norder: 2\nlink: https://example.org/\nstatus: cancelled\naudiences:\n  - families");
        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2021, 12, 1), doc!.Get<DateOnly>("updated"));
        Assert.Equal(new DateTime(2022, 1, 19, 15, 0, 0), doc.Get<DateTime>("start"));
        Assert.Equal(2, doc.Get<int>("order"));
        Assert.Equal(["families"], doc.Get<IReadOnlyList<string>>("audiences")!);
    }

    [Fact]
    public void A_missing_required_field_is_HS0101_at_the_top_of_the_file()
    {
        var (doc, diagnostics) = Validate("order: 1");
        Assert.Null(doc);
        var error = diagnostics.Single();
        Assert.Equal(("HS0101", 1, "'title' is required for a tip sheet"), (error.Code, error.Line, error.Message));
    }

    [Fact]
    public void An_unknown_list_value_is_HS0102_at_the_items_line_with_the_allowed_values()
    {
        var (_, diagnostics) = Validate("title: T\naudiences:\n  - educators\n  - teachers");
        var error = diagnostics.Single();
        Assert.Equal(("HS0102", 5, 5), (error.Code, error.Line, error.Column));
        Assert.Equal("'audiences' has unknown value 'teachers'", error.Message);
        Assert.Equal("use one of: educators, families", error.Hint);
    }

    [Fact]
    public void An_unknown_single_value_is_HS0102()
    {
        Assert.Equal("HS0102", Validate("title: T\nstatus: maybe").Diagnostics.Single().Code);
    }

    [Theory]
    [InlineData("order: two", "HS0103")]
    [InlineData("updated: December 1", "HS0103")]
    [InlineData("updated: 2022-02-30", "HS0105")]
    [InlineData("start: 2022-13-01T10:00", "HS0105")]
    [InlineData("link: not a url", "HS0107")]
    [InlineData("audiences: { a: b }", "HS0103")]
    public void Wrong_values_report_their_code_at_their_line(string line, string code)
    {
        var error = Validate($"title: T\n{line}").Diagnostics.Single();
        Assert.Equal((code, 3), (error.Code, error.Line));
    }

    [Fact]
    public void An_unknown_field_is_a_warning_with_a_did_you_mean()
    {
        var (doc, diagnostics) = Validate("title: T\nupdate: 2021-12-01");
        Assert.NotNull(doc);
        var warning = diagnostics.Single();
        Assert.Equal((Severity.Warning, "HS0104", 3), (warning.Severity, warning.Code, warning.Line));
        Assert.Equal("did you mean 'updated'?", warning.Hint);
    }
}
