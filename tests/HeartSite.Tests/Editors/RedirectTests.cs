using HeartSite.Tests.Support;

namespace HeartSite.Tests.Editors;

/// <summary>redirect_from: old addresses keep working after a page moves, checked like every other link.</summary>
public class RedirectTests
{
    [Fact]
    public void An_old_address_gets_a_page_that_sends_readers_on_and_that_search_engines_skip()
    {
        using var site = new RealSiteCopy();
        site.AddToFrontMatter("pages/about.md", "redirect_from:\n  - /about-us/\n  - /old/about.html");
        Assert.Empty(site.Build().Diagnostics);

        foreach (var old in new[] { "about-us/index.html", "old/about.html" })
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read(old));
            Assert.Equal("0; url=/about/", page.QuerySelector("meta[http-equiv='refresh']")!.GetAttribute("content"));
            Assert.Equal("https://www.heartcollective.info/about/", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name='robots']")!.GetAttribute("content"));
            Assert.Equal("/about/", page.QuerySelector("main a")!.GetAttribute("href"));
            Assert.Equal("About the HEART Collective", page.QuerySelector("main a")!.TextContent);
        }
        Assert.DoesNotContain("about-us", site.Read("sitemap.xml"));
    }

    [Fact]
    public void The_link_check_follows_an_old_address_to_its_redirect_page()
    {
        using var site = new RealSiteCopy();
        var about = Path.Combine(site.Input, "pages", "about.md");
        File.AppendAllText(about, "\nSee also [the old address](/about-us/).\n");
        Assert.Contains(site.Build().Diagnostics, d => d.Code == "HS0701" && d.Message.Contains("/about-us/"));

        site.AddToFrontMatter("pages/about.md", "redirect_from: [/about-us/]");
        Assert.Empty(site.Build().Diagnostics);
    }

    [Fact]
    public void Two_pages_claiming_one_address_is_an_error_naming_both_files()
    {
        using var site = new RealSiteCopy();
        site.AddToFrontMatter("pages/about.md", "redirect_from: [/who-we-are/]");
        site.AddToFrontMatter("tip-sheets/ways-to-support-advocacy.md", "redirect_from: [/who-we-are/]");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("HS0106", error.Code);
        Assert.Contains("/who-we-are/", error.Message);
        Assert.Contains("pages/about.md", error.Message);
        Assert.Contains("tip-sheets/ways-to-support-advocacy.md", error.Message);
        Assert.False(site.Has("index.html"), "nothing is published");
    }

    [Fact]
    public void An_old_address_that_a_page_still_has_is_an_error()
    {
        using var site = new RealSiteCopy();
        site.AddToFrontMatter("pages/about.md", "redirect_from: [/tip-sheets/]");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("HS0106", error.Code);
        Assert.Contains("pages/about.md and the generated tip-sheets/index.html", error.Message);
    }

    [Fact]
    public void A_page_listing_its_own_address_is_told_so()
    {
        using var site = new RealSiteCopy();
        site.AddToFrontMatter("pages/about.md", "redirect_from: [/about/]");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("HS0106", error.Code);
        Assert.StartsWith("pages/about.md claims the address /about/ twice", error.Message);
    }

    [Theory]
    [InlineData("https://example.org/old/")]
    [InlineData("old-page/")]
    [InlineData("/../escape/")]
    [InlineData("/old page/")]
    public void An_address_that_is_not_a_site_path_is_HS0110_at_its_line(string old)
    {
        using var site = new ScratchSite();
        site.Write("pages/about.md", $"---\nredirect_from:\n  - \"{old}\"\ntitle: About\ndescription: About us.\n---\nHello.\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("HS0110", 3), (error.Code, error.Line));
    }
}
