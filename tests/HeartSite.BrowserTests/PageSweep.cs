using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace HeartSite.BrowserTests;

/// <summary>
/// Every page loaded once per test run and looked at by every sweep that checks all pages: axe in
/// both colour schemes (AxeTests), then, on the website's pages, each screen the layout tests ask
/// about (OverflowTests, LayoutTests). Loading a page is a large part of its cost, so the page is
/// resized and switched between light and dark in place (media queries follow at once) instead of
/// loaded again, and each test reads what its own probe found.
/// </summary>
public static class PageSweep
{
    /// <summary>What every sweep found, by name, each a list in page order.</summary>
    public sealed record Findings(Dictionary<string, List<string>> Axe, Dictionary<string, List<string>> Screens);

    /// <summary>One look at a page: the screen to show it on and what to report from there.</summary>
    sealed record Probe(string Name, int Width, int Height, ColorScheme Scheme, Func<IPage, string, Task<IEnumerable<string>>> Look);

    public static string Overflow(int width, string scheme) => $"overflow at {width} px ({scheme})";

    public static string Sideways(int width, string scheme) => $"sideways at {width} px ({scheme})";

    public const string Text200 = "text at 200 %";

    /// <summary>The screen every page is loaded on and axe sees it on: a new context's default, in light.</summary>
    const int LoadWidth = 1280, LoadHeight = 720;

    static ColorScheme SchemeOf(string scheme) => scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;

    // The screens of each test, as its own context would have set them. Ordered so that consecutive
    // probes share a size or a scheme where they can (each resize costs a relayout and a round trip):
    // axe leaves the page dark at full width. The text resize comes last because it changes the page.
    static readonly Probe[] Probes =
    [
        .. OverflowTests.Screens.Select(row => row.Data).OrderByDescending(s => s.Item1).ThenBy(s => s.Item2 != "dark")
            .Select(s => new Probe(Overflow(s.Item1, s.Item2), s.Item1, 900, SchemeOf(s.Item2),
                async (page, path) => (await page.EvaluateAsync<string[]>(OverflowTests.Overflowing)).Select(p => $"{path}: {p}"))),
        .. new[] { "light", "dark" }.Select(scheme => new Probe(Sideways(320, scheme), 320, 640, SchemeOf(scheme),
            async (page, path) => await page.EvaluateAsync<bool>(LayoutTests.ScrollsSideways) ? [path] : Array.Empty<string>())),
        new Probe(Text200, 640, 800, ColorScheme.Light, LayoutTests.TextAt200Percent),
    ];

    /// <summary>What each web page lacks when read with JavaScript off (LayoutTests), in page order; swept once per test run.</summary>
    public static Task<List<string>> WithoutScript(BrowserSite site) => site.Once("no-script", async () =>
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var perPage = await BrowserSite.EachPageAsync(context, site.WebPages, (page, path) => LayoutTests.ReadsWithoutScript(page, site.UrlOf(path), path));
        return perPage.SelectMany(p => p).ToList();
    });

    /// <summary>Every page's findings, swept once per test run however many tests ask.</summary>
    public static Task<Findings> Run(BrowserSite site) => site.Once("pages", async () =>
    {
        // The JavaScript-off loads need a context of their own; started now, they share the browser with
        // this sweep instead of running after it, when the tests that wait for the sweep are done.
        _ = WithoutScript(site);
        await using var context = await AxeTests.AxeContext(site);
        var web = site.WebPages.ToHashSet(StringComparer.Ordinal);
        long loading = 0, axe = 0, screens = 0;
        // The tabs whose last page ended in light, which need no switch back before the next load.
        var lightTabs = new ConcurrentDictionary<IPage, bool>();
        var clock = Stopwatch.StartNew();
        var perPage = await BrowserSite.EachPageAsync(context, site.Pages, async (page, path) =>
        {
            // Back to the screen a fresh tab has, before the load, so axe sees the page as loaded there.
            // (Each change restyles the page still shown, so only what differs is changed: the last probe is in light.)
            var time = Stopwatch.StartNew();
            if (page.ViewportSize is not { Width: LoadWidth, Height: LoadHeight }) await page.SetViewportSizeAsync(LoadWidth, LoadHeight);
            if (!lightTabs.ContainsKey(page)) await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            var response = await page.GotoAsync(site.UrlOf(path));
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            Interlocked.Add(ref loading, time.ElapsedTicks);

            time.Restart();
            var found = new Dictionary<string, IEnumerable<string>>();
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                found[scheme == ColorScheme.Dark ? "dark" : "light"] = (await AxeTests.RunAxe(page, coloursOnly: scheme == ColorScheme.Dark)).Violations.Select(v =>
                    $"{v.Id} on {path}: {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
            }
            Interlocked.Add(ref axe, time.ElapsedTicks);

            lightTabs.TryRemove(page, out _);
            if (!web.Contains(path)) return found;
            time.Restart();
            var shown = ColorScheme.Dark;
            foreach (var probe in Probes)
            {
                if (page.ViewportSize is not { } size || size.Width != probe.Width || size.Height != probe.Height)
                    await page.SetViewportSizeAsync(probe.Width, probe.Height);
                if (probe.Scheme != shown) await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = shown = probe.Scheme });
                found[probe.Name] = [.. await probe.Look(page, path)];
            }
            if (shown == ColorScheme.Light) lightTabs[page] = true;
            Interlocked.Add(ref screens, time.ElapsedTicks);
            return found;
        });
        double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"page sweep: {site.Pages.Count} pages in {clock.Elapsed.TotalSeconds:0.0} s wall; summed over tabs: loading {Seconds(loading):0.0} s, axe light+dark {Seconds(axe):0.0} s, {Probes.Length} screens on {web.Count} web pages {Seconds(screens):0.0} s"));
        Dictionary<string, List<string>> Gather(IEnumerable<string> names) =>
            names.ToDictionary(name => name, name => perPage.SelectMany(p => p.TryGetValue(name, out var f) ? f : []).ToList());
        return new Findings(Gather(["light", "dark"]), Gather(Probes.Select(p => p.Name)));
    });
}
