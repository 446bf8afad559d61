using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HeartSite.BrowserTests;

/// <summary>
/// Each tip sheet printed on US Letter, as Chromium prints it: at most two pages, no last page that
/// holds only the sheet's footer, its own address printed once, and the crisis line kept.
/// </summary>
public class PrintTests(BrowserSite site)
{
    IEnumerable<string> TipSheets => site.WebPages.Where(p => p.StartsWith("tip-sheets/", StringComparison.Ordinal) && p != "tip-sheets/index.html");

    [Fact]
    public async Task Every_tip_sheet_prints_on_at_most_two_letter_pages_without_a_footer_only_page()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        Assert.NotEmpty(TipSheets);
        foreach (var path in TipSheets)
        {
            await page.GotoAsync(site.UrlOf(path));
            var pdf = await page.PdfAsync(Letter);
            var runs = PdfPages.TextRuns(pdf);
            TestContext.Current.TestOutputHelper?.WriteLine($"{path}: {runs.Count} page(s), text runs per page: {string.Join(", ", runs)}");
            if (runs.Count > 2) problems.Add($"{path} prints on {runs.Count} pages");
            // The footer printed on its own: a last page holding no more text than that holds only the footer.
            await page.EvaluateAsync("""
                () => {
                  for (const e of document.querySelectorAll('.crisis, .site-header, .tip-sheet > :not(.tip-sheet-footer)')) e.remove();
                  document.querySelector('.tip-sheet-footer').style.marginTop = '0';
                }
                """);
            var footerAlone = PdfPages.TextRuns(await page.PdfAsync(Letter));
            Assert.Single(footerAlone);
            if (runs.Count > 1 && runs[^1] <= footerAlone[0]) problems.Add($"{path}: the last printed page holds only the footer ({runs[^1]} text runs; the footer alone has {footerAlone[0]})");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_footer_only_check_does_catch_a_footer_pushed_onto_its_own_page()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.UrlOf(TipSheets.First()));
        await page.EvaluateAsync("() => { const f = document.querySelector('.tip-sheet-footer'); f.style.breakBefore = 'page'; f.style.marginTop = '0'; }");
        var runs = PdfPages.TextRuns(await page.PdfAsync(Letter));
        await page.EvaluateAsync("() => { for (const e of document.querySelectorAll('.crisis, .site-header, .tip-sheet > :not(.tip-sheet-footer)')) e.remove(); }");
        var footerAlone = PdfPages.TextRuns(await page.PdfAsync(Letter));
        Assert.Equal(footerAlone[0], runs[^1]);
    }

    [Fact]
    public async Task A_printed_tip_sheet_shows_its_address_once_and_keeps_the_crisis_line()
    {
        site.RequireBrowser();
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var path in TipSheets)
        {
            await page.GotoAsync(site.UrlOf(path));
            // The printed text: what is shown, plus what ::after adds after links.
            var printed = await page.EvaluateAsync<string>("""
                () => document.body.innerText + [...document.querySelectorAll('a')]
                  .map(a => getComputedStyle(a, '::after').content).filter(c => c && c !== 'none').join(' ')
                """);
            var address = await page.GetAttributeAsync(".tip-sheet-footer a.url", "href");
            Assert.NotNull(address);
            Assert.Single(Regex.Matches(printed, Regex.Escape(address)));
            Assert.True(await page.Locator(".crisis").IsVisibleAsync(), $"{path}: the crisis line is not printed");
            Assert.Contains("988", await page.Locator(".crisis").InnerTextAsync());
            Assert.False(await page.Locator(".site-header nav").IsVisibleAsync(), $"{path}: the menu is printed");
        }
    }

    static readonly PagePdfOptions Letter = new() { Format = "Letter", PrintBackground = true };
}
