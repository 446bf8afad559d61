using HeartSite.Engine;
using HeartSite.Engine.Modules;

namespace HeartSite.Tests.Engine;

/// <summary><see cref="SiteUrls"/>: every link comes from the base URL, and the base path is its path.</summary>
public class SiteUrlsTests
{
    [Theory]
    [InlineData("https://example.org", "https://example.org/", "/")]
    [InlineData("https://example.org/heart", "https://example.org/heart/", "/heart/")]
    [InlineData("https://example.github.io/heart-site/", "https://example.github.io/heart-site/", "/heart-site/")]
    public void The_base_path_is_the_base_urls_path(string given, string baseUrl, string basePath)
    {
        var urls = new SiteUrls(given);
        Assert.Equal(baseUrl, urls.BaseUrl);
        Assert.Equal(basePath, urls.BasePath);
    }

    [Theory]
    [InlineData("/news/", "/heart/news/", "https://example.org/heart/news/")]
    [InlineData("/", "/heart/", "https://example.org/heart/")]
    [InlineData("/events/talk.ics", "/heart/events/talk.ics", "https://example.org/heart/events/talk.ics")]
    [InlineData("https://988lifeline.org/", "https://988lifeline.org/", "https://988lifeline.org/")]
    [InlineData("#top", "#top", "#top")]
    [InlineData("//elsewhere.org/", "//elsewhere.org/", "//elsewhere.org/")]
    [InlineData("tel:988", "tel:988", "tel:988")]
    public void Site_paths_become_relative_and_absolute_links_and_nothing_else_changes(string path, string relative, string absolute)
    {
        var urls = new SiteUrls("https://example.org/heart/");
        Assert.Equal(relative, urls.Relative(path));
        Assert.Equal(absolute, urls.Absolute(path));
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("ftp://example.org/")]
    public void Only_a_full_web_address_is_a_base_url(string given) =>
        Assert.Throws<ArgumentException>(() => new SiteUrls(given));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/events/talk/", "events/talk/index.html")]
    [InlineData("/news/feed.xml", "news/feed.xml")]
    public void A_site_path_is_written_to_its_file_and_back(string path, string file)
    {
        Assert.Equal(file, SetDestination.FileOf(path));
        Assert.Equal(path, SetDestination.UrlOf(file));
    }
}
