using Microsoft.Playwright;

namespace HeartSite.BrowserTests;

/// <summary>
/// Every web page loaded once and looked at on each screen the layout tests ask about, instead of
/// once per screen: the page is resized and switched between light and dark in place (media
/// queries follow at once), and each test reads what its own probe found. Loading is most of a
/// page's cost, and OverflowTests and LayoutTests together look at every page on nine screens.
/// </summary>
public static class ScreenSweep
{
    /// <summary>One look at a page: the screen to show it on and what to report from there.</summary>
    sealed record Probe(string Name, int Width, int Height, ColorScheme Scheme, Func<IPage, string, Task<IEnumerable<string>>> Look);

    public static string Overflow(int width, string scheme) => $"overflow at {width} px ({scheme})";

    public static string Sideways(int width, string scheme) => $"sideways at {width} px ({scheme})";

    public const string Text200 = "text at 200 %";

    static ColorScheme SchemeOf(string scheme) => scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;

    // The screens of each test, as its own context would have set them; the text resize comes last
    // because it changes the page.
    static readonly Probe[] Probes =
    [
        .. OverflowTests.Screens.Select(row => row.Data).Select(s => new Probe(Overflow(s.Item1, s.Item2), s.Item1, 900, SchemeOf(s.Item2),
            async (page, path) => (await page.EvaluateAsync<string[]>(OverflowTests.Overflowing)).Select(p => $"{path}: {p}"))),
        .. new[] { "light", "dark" }.Select(scheme => new Probe(Sideways(320, scheme), 320, 640, SchemeOf(scheme),
            async (page, path) => await page.EvaluateAsync<bool>(LayoutTests.ScrollsSideways) ? [path] : Array.Empty<string>())),
        new Probe(Text200, 640, 800, ColorScheme.Light, LayoutTests.TextAt200Percent),
    ];

    /// <summary>What each probe found (by name) over every web page, in page order; run once per test run.</summary>
    public static Task<Dictionary<string, List<string>>> Run(BrowserSite site) => site.Once("screens", async () =>
    {
        await using var context = await site.Browser.NewContextAsync();
        var perPage = await BrowserSite.EachPageAsync(context, site.WebPages, async (page, path) =>
        {
            await page.GotoAsync(site.UrlOf(path));
            var found = new List<List<string>>();
            foreach (var probe in Probes)
            {
                await page.SetViewportSizeAsync(probe.Width, probe.Height);
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = probe.Scheme });
                found.Add([.. await probe.Look(page, path)]);
            }
            return found;
        });
        return Probes.Select((probe, i) => (probe.Name, Found: perPage.SelectMany(p => p[i]).ToList())).ToDictionary(p => p.Name, p => p.Found);
    });
}
