using System.Collections.Concurrent;
using HeartSite.Engine;
using HeartSite.Hosting;
using HeartSite.Site;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(HeartSite.BrowserTests.BrowserSite))]

namespace HeartSite.BrowserTests;

/// <summary>
/// The real site, built once under a project-page base path (so any link that forgets it breaks),
/// served on loopback by <see cref="SiteHost"/>, and one headless Chromium shared by every test.
/// Playwright never downloads a browser here: it drives the system's Chromium through the node
/// driver that ships inside the Microsoft.Playwright package.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string BasePath = "/heart-site/";
    public static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5));

    /// <summary>The folder holding HeartSite.sln, with input/ and theme/.</summary>
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    /// <summary>Keeps Chromium off the network and quiet: only the loopback site resolves.</summary>
    static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    readonly string _output = Path.Combine(Path.GetTempPath(), "heartsite-browser-tests", Guid.NewGuid().ToString("N"));
    SiteHost? _host;
    IPlaywright? _playwright;
    IBrowser? _browser;
    IBrowserContext? _sharedContext;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Every generated page, relative to the output (<c>about/index.html</c>), in ordinal order.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>
    /// The pages of the website proper: every page but the newsletter's email editions, which are
    /// 600 px tables for mail clients (axe still checks them; the theme's layout rules do not apply).
    /// </summary>
    public IReadOnlyList<string> WebPages { get; private set; } = [];

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Unavailable);

    /// <summary>
    /// How long any wait in a browser test may take (a load, a click, an expected text), in ms. On a busy
    /// shared two-core machine, one page load after a click took longer than Playwright's default 30 s
    /// (2026-11-24) and failed a test whose page was right. Only a page that never comes should fail.
    /// </summary>
    public const float Patience = 120_000;

    /// <summary>A new context of the one browser, in which every wait allows <see cref="Patience"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(Patience);
        return context;
    }

    /// <summary>
    /// A new tab in the one context with default options that every such test shares, instead of a
    /// context each (its tabs close with it at the end of the run). Tests that need a viewport, colour
    /// scheme or script setting of their own still make their own context.
    /// </summary>
    public Task<IPage> NewPageAsync() => _sharedContext!.NewPageAsync();

    /// <summary>
    /// How many tabs a sweep over every page keeps loading at once. A second tab overlaps one page's
    /// round trips to Playwright with another's work; more only make Chromium's renderer, which is
    /// busy on both cores already, switch between them. The page sweep took 161 s with four tabs,
    /// 146 s with two and 143–145 s with one (AxeTests alone, one machine, 2026-11-23).
    /// </summary>
    const int Tabs = 2;

    /// <summary>
    /// Runs <paramref name="check"/> on every page of <paramref name="pages"/>, several tabs of
    /// <paramref name="context"/> at a time, and returns the results in the order of <paramref name="pages"/>
    /// (so messages read as a one-tab loop's would). Each tab opens its pages one after another.
    /// </summary>
    public static async Task<IReadOnlyList<T>> EachPageAsync<T>(IBrowserContext context, IReadOnlyList<string> pages, Func<IPage, string, Task<T>> check)
    {
        var results = new T[pages.Count];
        var next = -1;
        async Task Tab()
        {
            var page = await context.NewPageAsync();
            for (int i; (i = Interlocked.Increment(ref next)) < pages.Count;) results[i] = await check(page, pages[i]);
            await page.CloseAsync();
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Tabs, pages.Count)).Select(_ => Tab()));
        return results;
    }

    readonly ConcurrentDictionary<string, Lazy<Task<object>>> _sweeps = new();

    /// <summary>
    /// The result of <paramref name="sweep"/>, run once per test run however many tests ask for it
    /// (by <paramref name="key"/>): the tests that look at every page in several widths or colour
    /// schemes share one load of each page and read their own part of what it found.
    /// </summary>
    public async Task<T> Once<T>(string key, Func<Task<T>> sweep) where T : class =>
        (T)await _sweeps.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await sweep())).Value;

    /// <summary>The served address of a generated page: <c>about/index.html</c> → <c>http://127.0.0.1:n/heart-site/about/</c>.</summary>
    public string UrlOf(string page) => _host!.Url + (page == "index.html" ? "" : page.EndsWith("/index.html") ? page[..^"index.html".Length] : page);

    public async ValueTask InitializeAsync()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            Unavailable = "no Chromium found: set CHROME_PATH, or install Debian's chromium (/usr/bin/chromium)";
            return;
        }
        var root = RepositoryRoot;
        var outcome = SiteBuilder.Build(new BuildSettings(Path.Combine(root, "input"), Path.Combine(root, "theme"), _output, Now) { BaseUrl = "https://example.github.io" + BasePath });
        if (!outcome.Succeeded)
            throw new InvalidOperationException("the site did not build:\n" + string.Join("\n", outcome.Diagnostics));
        Pages = Directory.GetFiles(_output, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_output, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        WebPages = Pages.Where(p => !p.EndsWith("/" + HeartSite.Content.News.NewsEmailPipeline.EmailFile, StringComparison.Ordinal)).ToList();

        _host = await SiteHost.StartAsync(_output, BasePath);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Assertions.SetDefaultExpectTimeout(Patience);
        _sharedContext = await NewContextAsync();
    }

    /// <summary>Skips the calling test when there is no browser, unless HEARTSITE_REQUIRE_BROWSER=1 makes that a failure.</summary>
    public void RequireBrowser()
    {
        if (Unavailable is null) return;
        if (Environment.GetEnvironmentVariable("HEARTSITE_REQUIRE_BROWSER") == "1")
            Assert.Fail($"HEARTSITE_REQUIRE_BROWSER=1 but {Unavailable}");
        Assert.Skip(Unavailable);
    }

    /// <summary>CHROME_PATH, then Debian's chromium, then the usual Chrome locations.</summary>
    static string? FindChromium()
    {
        string?[] candidates =
        [
            Environment.GetEnvironmentVariable("CHROME_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        ];
        return candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c) && File.Exists(c));
    }

    static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HeartSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("HeartSite.sln not found above the test binaries");
    }

    public async ValueTask DisposeAsync()
    {
        if (_sharedContext is not null) await _sharedContext.CloseAsync();
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        try { if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true); } catch (IOException) { }
    }
}
