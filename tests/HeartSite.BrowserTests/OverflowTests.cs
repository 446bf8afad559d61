using Microsoft.Playwright;

namespace HeartSite.BrowserTests;

/// <summary>
/// On every page of the site, at a phone, tablet and laptop width, in light and dark: nothing
/// scrolls sideways and no element's content spills out of its box (the tip-sheet facts box whose
/// "Prevention," ran past its edge is the kind of bug this catches).
/// </summary>
public class OverflowTests(BrowserSite site)
{
    /// <summary>
    /// Elements whose content is wider than their box, skipping boxes that scroll or clip on purpose
    /// (overflow auto, scroll or hidden), the visually-hidden text for screen readers, and SVG
    /// internals (which have no CSS box to overflow).
    /// </summary>
    public const string Overflowing = """
        () => {
          const found = [];
          for (const e of document.body.querySelectorAll('*')) {
            if (e.closest('svg, .visually-hidden, .skip-link')) continue;
            const s = getComputedStyle(e);
            if (s.display === 'none' || s.display === 'inline' || s.display === 'contents') continue;
            if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX)) continue;
            if (e.scrollWidth > e.clientWidth + 1) {
              const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
              found.push(`${name} (${e.scrollWidth} > ${e.clientWidth})`);
            }
          }
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.unshift('the page scrolls sideways');
          return found;
        }
        """;

    public static readonly TheoryData<int, string> Screens = new()
    {
        { 320, "light" }, { 320, "dark" }, { 768, "light" }, { 768, "dark" }, { 1280, "light" }, { 1280, "dark" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task No_page_scrolls_sideways_or_overflows_a_box(int width, string scheme)
    {
        site.RequireBrowser();
        var problems = (await PageSweep.Run(site)).Screens[PageSweep.Overflow(width, scheme)];
        Assert.True(problems.Count == 0, $"at {width} px ({scheme}):\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task The_check_does_catch_a_box_whose_content_spills_out()
    {
        site.RequireBrowser();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.UrlOf("tip-sheets/best-practices-for-collaboration/index.html"));
        // The old facts box: a label column as wide as its longest label squeezes the values out of the box.
        await page.EvaluateAsync("() => { const box = document.querySelector('.tip-sheet-facts'); box.style.gridTemplateColumns = 'max-content 1fr'; box.style.width = '300px'; }");
        var found = await page.EvaluateAsync<string[]>(Overflowing);
        Assert.Contains(found, f => f.StartsWith("dl.tip-sheet-facts", StringComparison.Ordinal));
    }
}
