using HeartSite.Serve;

namespace HeartSite.Tests.Serve;

public class ChangedPagesTests
{
    [Fact]
    public void Changed_pages_reload_by_their_address_and_the_search_index_feeds_and_calendars_reload_nothing()
    {
        var pages = ChangedPages.Of(["about/index.html", "index.html", "es/glosario/índice/index.html", "404.html",
            "pagefind/pagefind-entry.json", "pagefind/fragment/en_1.pf_fragment", "news/feed.xml", "news/feed.json",
            "events/calendar.ics", "news/2022-01/email.txt"], "/heart-site/");
        Assert.Equal(["/heart-site/", "/heart-site/404.html", "/heart-site/about/", "/heart-site/es/glosario/índice/"], pages);
    }

    [Theory]
    [InlineData("assets/site.css")]
    [InlineData("assets/search.js")]
    [InlineData("assets/logo.svg")]
    [InlineData("favicon.ico")]
    public void A_changed_file_that_pages_load_reloads_every_page(string file) =>
        Assert.Equal([ChangedPages.Every], ChangedPages.Of(["about/index.html", file], "/"));

    [Fact]
    public void Nothing_changed_reloads_nothing() => Assert.Empty(ChangedPages.Of([], "/"));
}
