using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Templates;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

public class TemplateLibraryTests
{
    static TemplateLibrary Library(TempDir theme, string basePath = "/") =>
        new(theme.Path, Docs.Settings(basePath));

    static Dictionary<string, object?> Page(params (string Key, object? Value)[] values) =>
        new() { ["page"] = values.ToDictionary(v => v.Key, v => v.Value) };

    static (string? Html, List<Diagnostic> Problems) Render(TempDir theme, string layout, Dictionary<string, object?> model, string basePath = "/")
    {
        var library = Library(theme, basePath);
        var problems = library.Problems.ToList();
        var html = problems.Count == 0 ? library.Render(layout, model, problems.Add) : null;
        return (html, problems);
    }

    [Fact]
    public void Double_braces_escape_every_html_special_character()
    {
        using var theme = new TempDir();
        theme.Write("layouts/t.sbn-html", "<p title={{ page.title }}>{{ page.title }}</p>");
        var (html, _) = Render(theme, "t", Page(("title", "<a href='x' onclick=\"y\">`&")));
        Assert.Equal("<p title=&lt;a href&#61;&#39;x&#39; onclick&#61;&quot;y&quot;&gt;&#96;&amp;>&lt;a href&#61;&#39;x&#39; onclick&#61;&quot;y&quot;&gt;&#96;&amp;</p>", html);
    }

    [Fact]
    public void Only_trusted_html_is_written_as_it_is_and_mixing_it_with_text_escapes_the_result()
    {
        using var theme = new TempDir();
        theme.Write("layouts/t.sbn-html", "{{ page.content }}|{{ page.content + \"\" }}|{{ page.raw }}|{{ page.raw | string.upcase }}");
        var (html, _) = Render(theme, "t", Page(("content", TrustedHtml.FromSafeSource("<p>a</p>")), ("raw", "<b>")));
        Assert.Equal("<p>a</p>|&lt;p&gt;a&lt;/p&gt;|&lt;b&gt;|&lt;B&gt;", html);
    }

    [Fact]
    public void Layouts_wrap_each_other_and_partials_are_included_unescaped()
    {
        using var theme = new TempDir();
        theme.Write("layouts/base.sbn-html", "<main>{{ body }}</main>{{ include \"foot\" }}");
        theme.Write("layouts/page.sbn-html", "{{ wrap layout \"base\" }}<h1>{{ page.title }}</h1>{{ for item in page.items }}{{ include \"item\" }}{{ end }}{{ end }}");
        theme.Write("partials/foot.sbn-html", "<footer>{{ page.title }}</footer>");
        theme.Write("partials/item.sbn-html", "<i>{{ item }}</i>");
        var (html, problems) = Render(theme, "page", Page(("title", "H&i"), ("items", new[] { "a", "<b>" })));
        Assert.Empty(problems);
        Assert.Equal("<main><h1>H&amp;i</h1><i>a</i><i>&lt;b&gt;</i></main><footer>H&amp;i</footer>", html);
    }

    [Fact]
    public void Nested_wraps_keep_text_around_them_in_order_page_after_page()
    {
        // wrap writes a layout straight into the page being rendered and keeps its block's builder
        // between renders: nothing of one page may leak into the next, and text after a wrap follows it.
        using var theme = new TempDir();
        theme.Write("layouts/base.sbn-html", "<main>{{ body }}</main>\n");
        theme.Write("layouts/mid.sbn-html", "{{ wrap layout \"base\" }}<section>{{ body }}</section>{{ end }}<!--after-->");
        theme.Write("layouts/page.sbn-html", "{{ wrap layout \"mid\" }}<h1>{{ page.title }}</h1>{{ end }}|");
        var library = Library(theme);
        var problems = new List<Diagnostic>();
        var first = library.Render("page", Page(("title", new string('a', 5000))), problems.Add);
        var second = library.Render("page", Page(("title", "B&")), problems.Add);
        Assert.Empty(problems);
        Assert.Equal($"<main><section><h1>{new string('a', 5000)}</h1></section></main>\n<!--after-->|", first);
        Assert.Equal("<main><section><h1>B&amp;</h1></section></main>\n<!--after-->|", second);
    }

    [Fact]
    public void The_url_function_applies_the_base_path_and_dates_use_the_invariant_culture()
    {
        using var theme = new TempDir();
        theme.Write("layouts/t.sbn-html", "{{ url \"/news/\" }} {{ format_date when \"dddd d MMMM yyyy\" }} {{ url \"https://x.org/\" }}");
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var (html, _) = Render(theme, "t", new() { ["when"] = new DateOnly(2022, 1, 19) }, "/heart-site/");
            Assert.Equal("/heart-site/news/ Wednesday 19 January 2022 https://x.org/", html);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
    }

    [Fact]
    public void Empty_lists_and_missing_values_are_false_in_an_if()
    {
        using var theme = new TempDir();
        theme.Write("layouts/t.sbn-html", "{{ if page.none }}1{{ else }}0{{ end }}{{ if page.empty }}1{{ else }}0{{ end }}{{ if page.one }}1{{ else }}0{{ end }}{{ if page.blank }}1{{ else }}0{{ end }}");
        var (html, _) = Render(theme, "t", Page(("empty", new List<string>()), ("one", new List<string> { "x" }), ("blank", "")));
        Assert.Equal("0010", html);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_a_diagnostic_at_its_file_line_and_column()
    {
        using var theme = new TempDir();
        var path = theme.Write("layouts/broken.sbn-html", "<p>\n{{ if x }}never closed");
        var problem = Library(theme).Problems.Single();
        Assert.Equal(("HS0301", path, 2), (problem.Code, problem.File, problem.Line));
        Assert.True(problem.Column >= 1);
    }

    [Theory]
    [InlineData("partials/p.sbn-html", "<p>\n  {{ no_such_function \"x\" }}", "p", 2, 6)]
    [InlineData("layouts/t.sbn-html", "<p>\n{{ include \"missing\" }}", null, 2, 4)]
    [InlineData("layouts/t.sbn-html", "{{ include \"../layouts/t\" }}", null, 1, 4)]
    [InlineData("layouts/t.sbn-html", "\n\n{{ wrap layout \"nope\" }}x{{ end }}", null, 3, 9)]
    [InlineData("layouts/t.sbn-html", "{{ 1 // page.zero }}", null, 1, 6)]
    public void A_template_that_fails_while_rendering_is_a_diagnostic_at_its_file_line_and_column(string file, string text, string? partial, int line, int column)
    {
        using var theme = new TempDir();
        var path = theme.Write(file, text);
        if (partial is not null) theme.Write("layouts/t.sbn-html", $"{{{{ include \"{partial}\" }}}}");
        var (html, problems) = Render(theme, "t", Page(("zero", 0)));
        Assert.Null(html);
        var problem = problems.Single();
        Assert.Equal(("HS0303", path, line), (problem.Code, problem.File, problem.Line));
        Assert.InRange(problem.Column, 1, column);
    }

    [Fact]
    public void ApplyLayout_reports_an_unknown_layout_at_the_layout_key()
    {
        using var theme = new TempDir();
        theme.Write("layouts/page.sbn-html", "{{ page.title }}");
        var doc = ParseFrontMatter.Parse(Docs.Markdown("---\ntitle: X\nlayout: nope\n---\n"), _ => { })!;
        var (_, diagnostics) = Docs.Run(new ApplyLayout(Library(theme), "page"), null, doc);
        Assert.Equal(("HS0302", 3), (diagnostics.Single().Code, diagnostics.Single().Line));
    }
}
