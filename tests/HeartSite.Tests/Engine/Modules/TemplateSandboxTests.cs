using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Templates;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

/// <summary>Templates see the model they are given and nothing else of .NET, the file system or the clock.</summary>
public class TemplateSandboxTests
{
    public sealed record Model(string Title)
    {
        public string Secret = "field";
        public string Shout() => Title.ToUpperInvariant();
    }

    static (string? Html, List<Diagnostic> Problems) Render(string template, object? value)
    {
        using var theme = new TempDir();
        theme.Write("layouts/t.sbn-html", template);
        theme.Write("partials/p.sbn-html", "partial");
        var library = new TemplateLibrary(theme.Path, Docs.Settings());
        var problems = library.Problems.ToList();
        var html = library.Render("t", new Dictionary<string, object?> { ["page"] = value }, problems.Add);
        return (html, problems);
    }

    [Theory]
    [InlineData("{{ page.Title }}", "T")]
    [InlineData("[{{ page.Secret }}]", "[]")]
    [InlineData("[{{ page.Shout }}]", "[]")]
    [InlineData("[{{ page.EqualityContract }}]", "[]")]
    [InlineData("[{{ page.Title.Length }}]", "[]")]
    public void Templates_read_model_properties_only(string template, string expected) =>
        Assert.Equal(expected, Render(template, new Model("T")).Html);

    [Fact]
    public void Scriban_standard_function_groups_are_there()
    {
        var (html, problems) = Render("{{ [3,1,2] | array.sort | array.join ',' }}|{{ 'a' | string.upcase }}|{{ -2 | math.abs }}|" +
            "{{ '<b>x</b>' | html.strip }}|{{ 1 | object.typeof }}|{{ 'ab' | regex.replace 'b' 'c' }}|" +
            "{{ timespan.from_minutes 1 | object.typeof }}|[{{ empty }}]", null);
        Assert.Empty(problems.Select(p => p.Message));
        Assert.Equal("1,2,3|A|2|x|number|ac|object|[]", html);
    }

    [Theory]
    [InlineData("{{ page | object.eval }}")]
    [InlineData("{{ object.eval_template page }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ include_join ['p'] '' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ include '../layouts/t' }}")]
    public void Functions_that_would_evaluate_content_read_files_or_the_clock_are_not_there(string template)
    {
        var (html, problems) = Render(template, "{{ 7*7 }}");
        Assert.True(html is null || !html.Contains("49"), html);
        Assert.True(html is null || html.Trim().Length == 0, html);
        Assert.All(problems, p => Assert.Equal("HS0303", p.Code));
    }

    [Theory]
    [InlineData("{{ page }}", "{{ 7*7 }}", "{{ 7*7 }}")]
    [InlineData("{{ page }}", "{% for x in (1..3) %}x{% endfor %}", "{% for x in (1..3) %}x{% endfor %}")]
    public void Content_values_are_written_as_text_never_evaluated(string template, string value, string text) =>
        Assert.Equal(HtmlTextEncoder.Encode(text), Render(template, value).Html);

    [Fact]
    public void Loops_are_limited()
    {
        var (html, problems) = Render("{{ for i in 1..1000000 }}x{{ end }}", null);
        Assert.Null(html);
        Assert.Contains("HS0303", problems.Single().Code);
    }

    [Fact]
    public void Recursion_is_limited()
    {
        using var theme = new TempDir();
        theme.Write("layouts/t.sbn-html", "{{ include 'loop' }}");
        theme.Write("partials/loop.sbn-html", "{{ include 'loop' }}");
        var library = new TemplateLibrary(theme.Path, Docs.Settings());
        var problems = new List<Diagnostic>();
        Assert.Null(library.Render("t", new Dictionary<string, object?>(), problems.Add));
        Assert.Equal("HS0303", problems.Single().Code);
    }
}
