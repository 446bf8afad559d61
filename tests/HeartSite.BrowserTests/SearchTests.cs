using Microsoft.Playwright;

namespace HeartSite.BrowserTests;

/// <summary>/search/ as a reader uses it: type a word, hear how many results, follow one to the right page.</summary>
public class SearchTests(BrowserSite site)
{
    [Theory]
    [InlineData("trauma", "glossary/trauma/", "Glossary")]
    [InlineData("988", "glossary/988-suicide-and-crisis-lifeline/", "Glossary")]
    public async Task Typing_a_query_announces_the_count_and_lists_links_to_the_right_pages(string query, string expected, string section)
    {
        site.RequireBrowser();
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await RequireIndex(page);

        await page.GotoAsync(site.UrlOf("search/index.html"));
        // The keyboard way in: the skip link, then Tab to the search box.
        await page.GetByLabel("Words to find").FocusAsync();
        await page.Keyboard.TypeAsync(query);

        var status = page.Locator("[data-search-status]");
        await Assertions.Expect(status).ToContainTextAsync($"for “{query}”");
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        Assert.Matches(@"^\d+ results? for", await status.InnerTextAsync());

        var links = page.Locator("[data-search-results] li h2 a");
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Contains(site.UrlOf(expected + "index.html"), hrefs);
        var hit = page.Locator("[data-search-results] li", new() { Has = page.Locator($"a[href$='/{expected}']") });
        Assert.Equal(section, (await hit.Locator(".search-section").InnerTextAsync()).Trim(), ignoreCase: true);
        Assert.True(await hit.Locator("mark").CountAsync() > 0, "the excerpt marks the words found");
        Assert.True(await page.GetByLabel("Words to find").EvaluateAsync<bool>("e => e === document.activeElement"), "focus stays in the search box");

        // Every result leads to a page that exists, and the crisis banner, menu and footer are never what matched.
        foreach (var href in hrefs)
        {
            var response = await context.APIRequest.GetAsync(href);
            Assert.True(response.Ok, $"{href} answered {response.Status}");
        }
        Assert.DoesNotContain(hrefs, h => h.EndsWith("/search/", StringComparison.Ordinal) || h.EndsWith("/404.html", StringComparison.Ordinal));
        Assert.Empty(errors);

        // More than a page of results: one button shows the next ones and takes focus to the first of them.
        var more = page.Locator("[data-search-more]");
        if (await more.IsVisibleAsync())
        {
            var before = hrefs.Length;
            await more.Locator("button").PressAsync("Enter");
            await Assertions.Expect(links).Not.ToHaveCountAsync(before);
            Assert.Equal(await links.Nth(before).GetAttributeAsync("href"),
                await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        }

        await links.First.ClickAsync();
        await page.WaitForURLAsync(hrefs[0]);
    }

    [Fact]
    public async Task A_word_found_nowhere_says_so_and_points_to_the_lists()
    {
        site.RequireBrowser();
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await RequireIndex(page);
        await page.GotoAsync(site.UrlOf("search/index.html") + "?q=xqzvkjwp");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("for “xqzvkjwp”");
        var found = await page.Locator("[data-search-results] a").EvaluateAllAsync<string[]>("links => links.map(a => a.href + ' ' + a.closest('li').innerText)");
        Assert.True(found.Length == 0, string.Join("\n", found));
        Assert.Contains("No results for “xqzvkjwp”", await page.Locator("[data-search-status]").InnerTextAsync());
        Assert.True(await page.Locator("[data-search-results]").IsHiddenAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Glossary, A to Z" }).IsVisibleAsync());
    }

    [Fact]
    public async Task Without_javascript_the_page_says_how_to_browse_instead()
    {
        site.RequireBrowser();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.UrlOf("search/index.html"));
        Assert.Contains("needs JavaScript", await page.Locator("[data-search-note]").InnerTextAsync());
        Assert.True(await page.Locator("form[role=search]").IsHiddenAsync(), "a form that cannot work is not offered");
        foreach (var list in new[] { "Glossary, A to Z", "Tip sheets", "Compassion Action News" })
            Assert.True(await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = list, Exact = true }).IsVisibleAsync(), list);
    }

    /// <summary>Skips when this machine built the site without search (no Node.js or no 'npm ci'), unless CI requires the browser tests.</summary>
    async Task RequireIndex(IPage page)
    {
        var entry = await page.Context.APIRequest.GetAsync(site.UrlOf("pagefind/pagefind-entry.json"));
        if (entry.Ok) return;
        const string reason = "the site was built without search: Pagefind is not installed (run 'npm ci')";
        if (Environment.GetEnvironmentVariable("HEARTSITE_REQUIRE_BROWSER") == "1") Assert.Fail(reason);
        Assert.Skip(reason);
    }
}
