using HeartSite.Tests.Support;

namespace HeartSite.Tests.Site;

/// <summary>What every page of the real site carries: the wordmark, the icons, and a footer that says who runs it.</summary>
public class SiteFrameTests(SiteFixture site)
{
    [Fact]
    public void Every_page_has_the_wordmark_the_icons_and_the_ownership_footer()
    {
        foreach (var path in site.Pages)
        {
            var page = site.Page(path);
            var home = page.QuerySelector($"header .site-name a[href='/{ThemeWords.FolderOf(path)}']");
            Assert.True(home is not null, $"{path}: no home link in the header");
            Assert.Equal("HEART Collective", home!.QuerySelector("svg[role=img] title")?.TextContent);
            Assert.Equal("/favicon.ico", page.QuerySelector("link[rel=icon][sizes='32x32']")?.GetAttribute("href"));
            Assert.Equal("/assets/favicon.svg", page.QuerySelector("link[rel=icon][type='image/svg+xml']")?.GetAttribute("href"));
            Assert.Equal("/assets/apple-touch-icon.png", page.QuerySelector("link[rel=apple-touch-icon]")?.GetAttribute("href"));

            var footer = page.QuerySelector("body > footer")!;
            foreach (var name in new[] { "SAMHSA", "HRSA", "MHTTC" }) Assert.Contains(name, footer.TextContent);
            // The footer leads to the page in the reader's language where it is translated, else to English.
            Assert.NotNull(footer.QuerySelector($"a[href='{InLanguage(path, "accessibility/")}']"));
            Assert.NotNull(footer.QuerySelector($"a[href='{InLanguage(path, "privacy/")}']"));
            // No sign-up address in site.yml: the footer offers the feeds instead.
            Assert.NotNull(footer.QuerySelector("a[href='/news/feed.xml']"));
        }
    }

    string InLanguage(string path, string page) =>
        File.Exists(Path.Combine(site.Output, ThemeWords.FolderOf(path) + page, "index.html")) ? $"/{ThemeWords.FolderOf(path)}{page}" : $"/{page}";

    [Fact]
    public void The_icons_are_real_files_and_favicon_ico_answers_at_the_root()
    {
        var ico = File.ReadAllBytes(Path.Combine(site.Output, "favicon.ico"));
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, ico[..4]);
        foreach (var png in new[] { "assets/favicon-32.png", "assets/apple-touch-icon.png" })
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(site.Output, png))[..4]);
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(site.Output, "assets/favicon.svg")));
    }

    [Fact]
    public void The_home_page_leads_with_task_links_and_never_a_broken_one()
    {
        var tasks = site.Page("index.html").QuerySelectorAll("main nav.tasks a").Select(a => (a.QuerySelector(".task-name")!.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Tip sheets", "/tip-sheets/"), ("Glossary", "/glossary/"), ("News", "/news/"), ("Events", "/events/"), ("Find help now", "/find-help/")], tasks);
    }

    [Fact]
    public void A_tip_sheet_lists_its_own_headings_under_on_this_page()
    {
        var page = site.Page("tip-sheets/best-practices-for-collaboration/index.html");
        var headings = page.QuerySelectorAll(".tip-sheet .prose h2[id]").Select(h => "#" + h.Id).ToList();
        Assert.True(headings.Count >= 2);
        Assert.Equal(headings, page.QuerySelectorAll(".page-aside nav.toc a").Select(a => a.GetAttribute("href")));
    }
}
