using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace HeartSite.BrowserTests;

/// <summary>axe-core finds nothing on any page, against WCAG 2.2 AA and best practice, in both colour schemes.</summary>
public class AxeTests(BrowserSite site)
{
    static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task No_page_has_an_axe_violation(string scheme)
    {
        site.RequireBrowser();
        // Every language's pages are checked, not only the English ones.
        Assert.Contains("es/index.html", site.Pages);
        Assert.Contains("pt/index.html", site.Pages);
        var violations = (await Sweep())[scheme];
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) in the {scheme} scheme:\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// Every page is checked in both schemes by <see cref="PageSweep"/>: axe runs in light, the page is
    /// switched to dark as the reader's setting would (prefers-color-scheme, emulated), and axe runs its
    /// colour rules again. Only colours differ between the schemes (ContrastTests proves it of the
    /// theme), so every other rule would find in dark what it found in light. The theme has no
    /// transitions, so the dark run sees the final dark colours.
    /// </summary>
    async Task<Dictionary<string, List<string>>> Sweep() => (await PageSweep.Run(site)).Axe;

    [Fact]
    public async Task Axe_does_report_a_broken_page_so_a_clean_run_means_something()
    {
        site.RequireBrowser();
        await using var context = await AxeContext(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.UrlOf("index.html"));
        // Styles are set through the DOM: the site's Content-Security-Policy (rightly) ignores a style attribute.
        await page.EvaluateAsync("() => { document.documentElement.removeAttribute('lang'); document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"x.png\"><p id=\"faint\">faint</p>'); const p = document.getElementById('faint'); p.style.color = '#bbb'; p.style.background = '#fff'; }");
        var result = await RunAxe(page);
        var found = result.Violations.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", found);
        Assert.Contains("image-alt", found);
        Assert.Contains("color-contrast", found);
        // Each violation still names the elements at fault, which the sweep's messages print.
        Assert.Contains(result.Violations.Single(v => v.Id == "image-alt").Nodes, n => n.Target.ToString().Contains("img", StringComparison.Ordinal));
        Assert.Contains(result.Violations.Single(v => v.Id == "color-contrast").Nodes, n => n.Target.ToString().Contains("#faint", StringComparison.Ordinal));
        // The dark run's colour rules alone still catch the faint text, and only colour problems.
        var colours = (await RunAxe(page, coloursOnly: true)).Violations.Select(v => v.Id).ToList();
        Assert.Contains("color-contrast", colours);
        Assert.DoesNotContain("image-alt", colours);
    }

    /// <summary>
    /// A context whose every document gets axe-core before it loads: injected once per context as an
    /// init script, rather than sent over again for every page (and a blank page opened to finish
    /// each run) as the package's <c>RunAxe</c> extension does, which costs seconds per page.
    /// </summary>
    internal static async Task<IBrowserContext> AxeContext(BrowserSite site)
    {
        var context = await site.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        await context.AddInitScriptAsync(AxeSource.Value);
        return context;
    }

    static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Runs axe-core in the page and reads its violations with the package's result model; with
    /// <paramref name="coloursOnly"/>, only the rules of <see cref="Tags"/> that axe files under colour (cat.color).
    /// Only the violations are sent back: nothing reads the passing, inapplicable or incomplete rules,
    /// which made up most of each result's text (every rule's description, help and tags) that the
    /// page, Playwright's driver and this process each had to serialise and parse, twice a page.
    /// </summary>
    internal static async Task<AxeResult> RunAxe(IPage page, bool coloursOnly = false)
    {
        var json = await page.EvaluateAsync<string>("""
            async ([tags, coloursOnly]) => JSON.stringify({ violations: (await axe.run(document, {
              runOnly: coloursOnly
                ? { type: 'rule', values: axe.getRules(tags).filter(r => r.tags.includes('cat.color')).map(r => r.ruleId) }
                : { type: 'tag', values: tags },
              resultTypes: ['violations'] })).violations })
            """, new object[] { Tags, coloursOnly });
        return new AxeResult(JObject.Parse(json));
    }
}
