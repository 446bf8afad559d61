using HeartSite.Cli;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Cli;

/// <summary><c>--base-url</c>: the deployment's published address replaces site.yml's <c>base_url</c>.</summary>
public class BaseUrlOptionTests
{
    static (int Exit, string Err) Build(TempDir temp, params string[] more)
    {
        var error = new StringWriter();
        var exit = HeartSiteCli.Run(["build", "--input", Repo.Input, "--theme", temp["theme"], "--output", temp["_site"],
            "--now", "2022-03-01T09:00:00-05:00", .. more], new StringWriter(), error);
        return (exit, error.ToString());
    }

    /// <summary>A copy of the theme whose page layout shows the base URL templates see.</summary>
    static TempDir ThemeShowingBaseUrl()
    {
        var temp = new TempDir();
        var theme = temp.CopyFrom(Repo.Theme, "theme");
        var page = Path.Combine(theme, "layouts", "page.sbn-html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("{{ page.content }}", "{{ page.content }}\n<p id=\"base-url\">{{ site.BaseUrl }}</p>"));
        return temp;
    }

    static string ShownBaseUrl(TempDir temp)
    {
        var html = File.ReadAllText(temp["_site/about/index.html"]);
        var start = html.IndexOf("<p id=\"base-url\">", StringComparison.Ordinal) + "<p id=\"base-url\">".Length;
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Without_the_option_site_yml_decides()
    {
        using var temp = ThemeShowingBaseUrl();
        Assert.Equal(0, Build(temp).Exit);
        Assert.Equal("https://www.heartcollective.info/", ShownBaseUrl(temp));
    }

    [Fact]
    public void The_option_overrides_site_yml_and_gains_a_trailing_slash()
    {
        using var temp = ThemeShowingBaseUrl();
        var (exit, error) = Build(temp, "--base-path", "/heart-site/", "--base-url", "https://example.github.io/heart-site");
        Assert.True(exit == 0, error);
        Assert.Equal("https://example.github.io/heart-site/", ShownBaseUrl(temp));
    }

    [Theory]
    [InlineData("example.github.io/heart-site/")]
    [InlineData("ftp://example.github.io/")]
    public void A_base_url_that_is_not_a_web_address_is_bad_usage(string value)
    {
        using var temp = ThemeShowingBaseUrl();
        var (exit, error) = Build(temp, "--base-url", value);
        Assert.Equal(2, exit);
        Assert.Contains("--base-url", error);
        Assert.False(Directory.Exists(temp["_site"]));
    }
}
