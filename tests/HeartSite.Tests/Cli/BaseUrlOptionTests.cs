using HeartSite.Cli;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Cli;

/// <summary><c>--base-url</c>: the deployment's published address replaces site.yml's <c>base_url</c>.</summary>
public class BaseUrlOptionTests
{
    static (int Exit, string Err) Build(TempDir temp, params string[] more)
    {
        var error = new StringWriter();
        var exit = WithoutSearch.Run(() => HeartSiteCli.Run(["build", "--input", Repo.Input, "--theme", temp["theme"], "--output", temp["_site"],
            "--now", "2022-03-01T09:00:00-05:00", .. more], new StringWriter(), error));
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
        var (exit, error) = Build(temp, "--base-url", "https://example.github.io/heart-site");
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

    [Theory]
    [InlineData("/other/", "https://example.org/heart/")]
    [InlineData("/", "https://example.org/heart/")]
    [InlineData("/heart/", null)]
    public void A_base_path_that_is_not_the_base_urls_path_is_bad_usage_in_one_sentence(string basePath, string? baseUrl)
    {
        using var temp = ThemeShowingBaseUrl();
        var (exit, error) = Build(temp, ["--base-path", basePath, .. baseUrl is null ? Array.Empty<string>() : ["--base-url", baseUrl]]);
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("heartsite: error: --base-path", line);
        Assert.Contains("--base-url", line);
        Assert.False(Directory.Exists(temp["_site"]));
    }

    [Fact]
    public void A_base_path_that_agrees_with_the_base_url_changes_nothing()
    {
        using var temp = ThemeShowingBaseUrl();
        var (exit, error) = Build(temp, "--base-path", "heart", "--base-url", "https://example.org/heart/");
        Assert.True(exit == 0, error);
        Assert.Equal("https://example.org/heart/", ShownBaseUrl(temp));
    }

    [Fact]
    public async Task A_build_given_only_a_base_url_is_served_under_its_path()
    {
        using var temp = ThemeShowingBaseUrl();
        var (exit, error) = Build(temp, "--base-url", "https://example.org/heart/");
        Assert.True(exit == 0, error);
        await using var host = await HeartSite.Hosting.SiteHost.StartAsync(temp["_site"], "/heart/");
        using var http = new HttpClient();
        var home = new Uri(host.Url);
        Assert.EndsWith("/heart/", home.AbsolutePath);
        var html = await http.GetStringAsync(home, TestContext.Current.CancellationToken);
        var links = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/[^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.StartsWith("/heart/", link);
            using var response = await http.GetAsync(new Uri(home, link.Split('#')[0]), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{link} answers {(int)response.StatusCode}");
        }
    }
}
