using System.Text;
using HeartSite.Engine.FrontMatter;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Safety;

/// <summary>Files and front matter that cannot be content are canonical errors at their place, never crashes.</summary>
public class ReadingLimitsTests
{
    const string Page = "---\ntitle: A page\ndescription: A page for the test.\n---\n";

    static HeartSite.Engine.Diagnostics.Diagnostic OnlyError(ScratchSite site, string relative)
    {
        var errors = site.DiagnosticsFor(relative).Where(d => d.Severity == HeartSite.Engine.Diagnostics.Severity.Error).ToList();
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code.StartsWith("HS9", StringComparison.Ordinal));
        return Assert.Single(errors);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line_and_column()
    {
        using var site = new ScratchSite();
        var path = site.Write("pages/about.md", "");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Page + "Caf"), 0xE9, .. "\n"u8]);
        var error = OnlyError(site, "pages/about.md");
        Assert.Equal(("HS0207", 5, 4), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_nul_byte_is_an_error_at_its_line_and_column()
    {
        using var site = new ScratchSite();
        site.Write("pages/about.md", Page + "ab\0c\n");
        var error = OnlyError(site, "pages/about.md");
        Assert.Equal(("HS0208", 5, 3), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error_and_site_yml_sets_the_limit()
    {
        using var site = new ScratchSite();
        site.Write("pages/about.md", Page + new string('a', 2 * 1024 * 1024));
        Assert.Equal("HS0206", OnlyError(site, "pages/about.md").Code);
        var settings = Path.Combine(site.Input, "data/site.yml");
        File.AppendAllText(settings, "\nmax_file_size_kb: 4096\n");
        Assert.Empty(site.DiagnosticsFor("pages/about.md"));
    }

    [Fact]
    public void Fifty_thousand_nested_brackets_are_an_error_not_a_stack_overflow()
    {
        var yaml = "title: " + new string('[', 50_000) + new string(']', 50_000);
        var error = Assert.Throws<YamlSyntaxException>(() => YamlValues.ParseMapping(yaml, firstLine: 2));
        Assert.Equal(("HS0205", 2), (error.Code, error.Position.Line));
    }

    [Fact]
    public void An_alias_bomb_is_refused_at_once()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<YamlSyntaxException>(() => YamlValues.ParseMapping(yaml));
        Assert.Equal(("HS0209", 2), (error.Code, error.Position.Line));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_control_character_escaped_in_yaml_is_an_error_at_the_value()
    {
        using var site = new ScratchSite();
        site.Write("news/2022-03.md", "---\nnumber: 3\ndate: 2022-03-01\ntitle: \"Bad \\x07 title\"\nsummary: A summary.\n---\nIntro.\n");
        var error = OnlyError(site, "news/2022-03.md");
        Assert.Equal(("HS0208", 4), (error.Code, error.Line));
    }

    [Fact]
    public void A_symbolic_link_in_input_is_an_error_naming_it_and_is_never_read()
    {
        using var site = new ScratchSite();
        using var outside = new TempDir();
        var secret = outside.Write("secret.md", Page + "TOKEN=abc\n");
        var link = Path.Combine(site.Input, "pages", "secret.md");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, secret);
        var outcome = site.Build();
        var error = Assert.Single(outcome.Diagnostics, d => d.Code == "HS0204");
        Assert.Equal(link, error.File);
        Assert.False(outcome.Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "secret/index.html")));
    }
}
