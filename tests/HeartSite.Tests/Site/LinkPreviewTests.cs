using HeartSite.Engine;
using HeartSite.Site;
using HeartSite.Tests.Editors;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Site;

/// <summary>Canonical addresses and link previews (Open Graph, Twitter card) on every page, all absolute.</summary>
public class LinkPreviewTests(SiteFixture site)
{
    const string Base = "https://www.heartcollective.info/";

    static string? Meta(AngleSharp.Html.Dom.IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    [Fact]
    public void Every_page_has_a_canonical_address_and_a_full_link_preview_with_absolute_urls()
    {
        Assert.NotEmpty(site.Pages);
        foreach (var relative in site.Pages)
        {
            var page = site.Page(relative);
            var expected = Base + (relative.EndsWith("index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative);
            Assert.Equal(expected, page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
            Assert.Equal(expected, Meta(page, "og:url"));
            Assert.Equal("HEART Collective", Meta(page, "og:site_name"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")), relative);
            Assert.Equal(page.QuerySelector("meta[name='description']")!.GetAttribute("content"), Meta(page, "og:description"));
            Assert.Contains(Meta(page, "og:type"), new[] { "website", "article" });
            Assert.Equal(Base + "assets/share.png", Meta(page, "og:image"));
            Assert.Equal("1200", Meta(page, "og:image:width"));
            Assert.Equal("630", Meta(page, "og:image:height"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:image:alt")), relative);
            Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
            Assert.Null(page.QuerySelector("meta[name='robots']"));
        }
        Assert.Equal("article", Meta(site.Page("news/articles/classroom-wise/index.html"), "og:type"));
        Assert.Equal("Tip sheets", Meta(site.Page("tip-sheets/index.html"), "og:title"));
    }

    [Fact]
    public void The_share_image_is_a_1200_by_630_png_published_beside_its_source()
    {
        Assert.Equal((1200, 630), ImageSize.Read(Path.Combine(site.Output, "assets", "share.png")));
        Assert.True(File.Exists(Path.Combine(Repo.Theme, "assets", "share.svg")));
    }

    [Fact]
    public void Robots_txt_lets_crawlers_in_and_names_the_sitemap()
    {
        var robots = File.ReadAllText(Path.Combine(site.Output, "robots.txt"));
        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Sitemap: https://www.heartcollective.info/sitemap.xml", robots.Split('\n'));
        Assert.DoesNotContain("Disallow: /", robots);
    }
}

/// <summary>A page's own picture, its checks, --base-url, and drafts kept out of search engines.</summary>
public class LinkPreviewEditingTests
{
    static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    [Fact]
    public void A_page_may_name_its_own_picture_and_its_size_comes_from_the_file()
    {
        using var copy = new RealSiteCopy();
        Directory.CreateDirectory(Path.Combine(copy.Input, "assets"));
        File.Copy(Path.Combine(Repo.Theme, "assets", "apple-touch-icon.png"), Path.Combine(copy.Input, "assets", "about.png"));
        copy.AddToFrontMatter("pages/about.md", "image: /assets/about.png\nimage_alt: A white heart on a deep red square.");
        Assert.Empty(copy.Build().Diagnostics);
        var about = Parse(copy.Read("about/index.html"));
        Assert.Equal("https://www.heartcollective.info/assets/about.png", about.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("180", about.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.Equal("A white heart on a deep red square.", about.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_picture_that_is_not_there_or_has_no_description_is_an_error_at_its_line()
    {
        using var copy = new RealSiteCopy();
        copy.AddToFrontMatter("pages/about.md", "image: /assets/missing.png\nimage_alt: Nothing.");
        copy.AddToFrontMatter("pages/accessibility.md", "image: /assets/share.png");
        var errors = copy.Build().Diagnostics;
        var missing = Assert.Single(errors, d => d.Code == "HS0113");
        Assert.EndsWith(Path.Combine("pages", "about.md"), missing.File);
        Assert.Equal(2, missing.Line);
        Assert.Contains("/assets/missing.png", missing.Message);
        var noAlt = Assert.Single(errors, d => d.Code == "HS0101");
        Assert.EndsWith(Path.Combine("pages", "accessibility.md"), noAlt.File);
        Assert.Contains("image_alt", noAlt.Message);
        Assert.False(copy.Has("index.html"), "nothing is published");
    }

    [Fact]
    public void Base_url_option_makes_every_absolute_address()
    {
        using var scratch = new ScratchSite();
        scratch.Write("pages/about.md", "---\ntitle: About\ndescription: About us.\n---\nText.\n");
        var outcome = SiteBuilder.Build(new BuildSettings(scratch.Input, Repo.Theme, scratch.Output, SiteFixture.Now)
            { BaseUrl = "https://example.org/heart/" }, check: false);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var about = scratch.Page("about/index.html");
        Assert.Equal("https://example.org/heart/about/", about.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal("https://example.org/heart/assets/share.png", about.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Contains("Sitemap: https://example.org/heart/sitemap.xml", scratch.Read("robots.txt"));
    }

    [Fact]
    public void A_previewed_draft_asks_not_to_be_indexed_and_stays_out_of_the_sitemap()
    {
        using var scratch = new ScratchSite();
        scratch.Write("pages/about.md", "---\ntitle: About\ndescription: About us.\n---\nText.\n");
        scratch.Write("pages/plans.md", "---\ndraft: true\ntitle: Plans\ndescription: Not yet.\n---\nText.\n");
        Assert.True(scratch.Build(drafts: true).Succeeded);
        Assert.Equal("noindex", scratch.Page("plans/index.html").QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.Null(scratch.Page("about/index.html").QuerySelector("meta[name='robots']"));
        Assert.DoesNotContain("/plans/", scratch.Read("sitemap.xml"));
        Assert.Contains("/about/", scratch.Read("sitemap.xml"));
    }
}
