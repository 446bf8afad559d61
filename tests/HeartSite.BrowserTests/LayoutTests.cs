using Microsoft.Playwright;

namespace HeartSite.BrowserTests;

/// <summary>Every page reflows, reads without JavaScript and shows where keyboard focus is.</summary>
public class LayoutTests(BrowserSite site)
{
    public const string ScrollsSideways = "() => document.documentElement.scrollWidth > document.documentElement.clientWidth";

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task No_page_scrolls_sideways_at_320_px(string scheme)
    {
        site.RequireBrowser();
        var wide = (await PageSweep.Run(site)).Screens[PageSweep.Sideways(320, scheme)];
        Assert.True(wide.Count == 0, $"these pages scroll sideways at 320 px ({scheme}): {string.Join(", ", wide)}");
    }

    [Fact]
    public async Task Text_resized_to_200_percent_neither_overflows_nor_is_cut_off()
    {
        site.RequireBrowser();
        var problems = (await PageSweep.Run(site)).Screens[PageSweep.Text200];
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Sets <paramref name="page"/>'s text to 200 %, as a reader's "text size" does (at 640 px), and reports what overflows or is cut off.</summary>
    public static async Task<IEnumerable<string>> TextAt200Percent(IPage page, string path)
    {
        var problems = new List<string>();
        // The root font size doubles and everything in rem/em follows.
        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");
        if (await page.EvaluateAsync<bool>(ScrollsSideways)) problems.Add($"{path} scrolls sideways");
        var clipped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main *, header *, footer *, .crisis *')]
              .filter(e => { const s = getComputedStyle(e); return (s.overflow === 'hidden' || s.overflowY === 'hidden') && e.scrollHeight > e.clientHeight + 1 && !e.closest('.visually-hidden'); })
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))
            """);
        problems.AddRange(clipped.Select(c => $"{path}: {c} cuts off its text"));
        return problems;
    }

    [Fact]
    public async Task Every_page_reads_with_javascript_off_crisis_line_first()
    {
        site.RequireBrowser();
        var problems = await PageSweep.WithoutScript(site);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Loads <paramref name="path"/> in a tab whose context runs no JavaScript and reports what a reader could not see.</summary>
    public static async Task<IEnumerable<string>> ReadsWithoutScript(IPage page, string url, string path)
    {
        await page.GotoAsync(url);
        // The three questions go to the browser together rather than one round trip after another.
        var crisis = page.Locator(".crisis a[href='tel:988']").IsVisibleAsync();
        var heading = page.Locator("main h1").IsVisibleAsync();
        var text = page.Locator("main").InnerTextAsync();
        var problems = new List<string>();
        if (!await crisis) problems.Add($"{path}: the crisis line is not visible");
        if (!await heading) problems.Add($"{path}: the heading is not visible");
        if ((await text).Length <= 40) problems.Add($"{path}: the main content is not readable");
        return problems;
    }

    [Fact]
    public async Task The_first_tab_shows_the_skip_link_which_leads_to_main_and_focus_is_outlined()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.UrlOf("about/index.html"));

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        Assert.Equal("Skip to main content", (await skip.InnerTextAsync()).Trim());
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 }, "the focused skip link should be on screen");
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await page.Keyboard.PressAsync("Tab");
        var next = page.Locator(":focus");
        Assert.Equal("a", await next.EvaluateAsync<string>("e => e.tagName.toLowerCase()"));
        Assert.NotEqual("none", await next.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
    }
}
