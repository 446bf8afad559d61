using Microsoft.Playwright;

namespace HeartSite.BrowserTests;

/// <summary>
/// Every email edition, opened as a page in Chromium the width of a phone (375 px) and of a
/// desktop mail pane (600 px), in light and dark: it never scrolls sideways, its text column fits
/// the screen, and it ends with an unsubscribe link.
/// </summary>
public class EmailLayoutTests(BrowserSite site)
{
    IEnumerable<string> Emails => site.Pages.Where(p => p.EndsWith("/" + HeartSite.Content.News.NewsEmailPipeline.EmailFile, StringComparison.Ordinal));

    [Theory]
    [InlineData(375, "light")]
    [InlineData(375, "dark")]
    [InlineData(600, "light")]
    [InlineData(320, "light")]
    public async Task Every_email_fits_the_screen_without_sideways_scrolling(int width, string scheme)
    {
        site.RequireBrowser();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        Assert.NotEmpty(Emails);
        foreach (var path in Emails)
        {
            await page.GotoAsync(site.UrlOf(path));
            var sizes = await page.EvaluateAsync<int[]>("""
                () => [document.documentElement.scrollWidth, document.documentElement.clientWidth,
                       Math.ceil(document.querySelector('table.container').getBoundingClientRect().right),
                       Math.ceil(document.querySelector('.web-version a').getBoundingClientRect().right)]
                """);
            if (sizes[0] > sizes[1]) problems.Add($"{path} scrolls sideways: {sizes[0]} > {sizes[1]} px");
            if (sizes[2] > sizes[1]) problems.Add($"{path}: the text column ends at {sizes[2]} px, past the screen's {sizes[1]} px");
            if (sizes[3] > sizes[1]) problems.Add($"{path}: 'Read this issue on the web' is off screen");
            if (!await page.Locator(".footer a", new PageLocatorOptions { HasTextString = "Unsubscribe" }).IsVisibleAsync())
                problems.Add($"{path}: no visible unsubscribe link");
        }
        Assert.True(problems.Count == 0, $"at {width} px ({scheme}):\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task On_a_desktop_pane_the_column_is_at_most_600_px_wide()
    {
        site.RequireBrowser();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 800 } });
        var page = await context.NewPageAsync();
        foreach (var path in Emails)
        {
            await page.GotoAsync(site.UrlOf(path));
            var width = await page.EvaluateAsync<double>("() => document.querySelector('table.container').getBoundingClientRect().width");
            Assert.InRange(width, 500, 600);
        }
    }
}
