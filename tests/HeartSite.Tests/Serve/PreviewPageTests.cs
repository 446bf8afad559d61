using HeartSite.Serve;

namespace HeartSite.Tests.Serve;

public class PreviewPageTests
{
    const string Page = "<!DOCTYPE html>\n<html lang=\"en\">\n<body class=\"x\">\n<main><h1>Hi</h1></main>\n</body>\n</html>\n";

    [Fact]
    public void Without_errors_only_the_reload_script_is_added_just_before_the_end_of_the_body()
    {
        var served = PreviewPage.Inject(Page, []);
        Assert.Equal(Page.Replace("</body>", PreviewPage.ReloadScript + "</body>"), served);
    }

    [Fact]
    public void Errors_appear_first_in_the_body_as_an_alert_listing_each_one_escaped()
    {
        var served = PreviewPage.Inject(Page, ["input/a.md(2,8): error HS0001: <bad> & 'worse'"]);
        var panel = served.IndexOf($"<div id=\"{PreviewPage.PanelId}\" role=\"alert\"", StringComparison.Ordinal);
        Assert.True(panel > served.IndexOf("<body class=\"x\">", StringComparison.Ordinal));
        Assert.True(panel < served.IndexOf("<main>", StringComparison.Ordinal));
        Assert.Contains("<li><code>input/a.md(2,8): error HS0001: &lt;bad&gt; &amp; &#39;worse&#39;</code></li>", served);
        Assert.Contains("<h1>Hi</h1>", served);
    }

    [Fact]
    public void The_stand_alone_error_page_has_a_title_one_heading_and_the_reload_script()
    {
        var page = PreviewPage.ErrorPage(["heartsite: error HS0010: the site settings file data/site.yml is missing"]);
        Assert.Contains("<title>The site could not be built</title>", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<h1>"));
        Assert.Contains("HS0010", page);
        Assert.Contains(PreviewPage.ReloadScript, page);
    }
}
