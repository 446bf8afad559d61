using System.Globalization;
using System.Text.Json;
using HeartSite.Checks;
using HeartSite.Content.Search;
using HeartSite.Engine.Diagnostics;
using HeartSite.Tests.Checks;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Search;

/// <summary>What Pagefind indexes on the real site, the search page's policy, and its budget.</summary>
public class SearchSiteTests(SiteFixture site)
{
    static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["tip-sheets/ways-to-support-advocacy/index.html"] = "Tip sheet",
        ["glossary/trauma/index.html"] = "Glossary",
        ["news/articles/classroom-wise/index.html"] = "News",
        ["news/2022-03/index.html"] = "News",
        ["about/index.html"] = "Page",
        ["find-help/index.html"] = "Page",
    };

    [Fact]
    public void Only_main_content_is_indexed_each_page_with_its_section()
    {
        foreach (var (path, section) in Sections)
        {
            var body = Assert.Single(site.Page(path).QuerySelectorAll("[data-pagefind-body]"));
            Assert.Equal("main", body.LocalName);
            Assert.Equal("section:" + section, body.GetAttribute("data-pagefind-meta"));
        }
        var events = site.Pages.Where(p => p.StartsWith("events/", StringComparison.Ordinal) && p != "events/index.html").ToList();
        Assert.NotEmpty(events);
        Assert.All(events, p => Assert.Equal("section:Event", site.Page(p).QuerySelector("main")!.GetAttribute("data-pagefind-meta")));
        foreach (var path in site.Pages)
        {
            var page = site.Page(path);
            // The crisis banner, the menu and the footer are outside <main>, so never in results.
            Assert.Empty(page.QuerySelectorAll("[data-pagefind-body]:not(main)"));
            Assert.All(page.QuerySelectorAll(".page-aside, .edit-link"), e => Assert.True(e.HasAttribute("data-pagefind-ignore"), path));
        }
        // Lists repeat the items they list, and the search and 404 pages are not pages to find.
        foreach (var path in new[] { "index.html", SearchIndex.PageDestination, "404.html", "tip-sheets/index.html", "glossary/index.html" })
            Assert.Null(site.Page(path).QuerySelector("[data-pagefind-body]"));
    }

    [Fact]
    public void Only_the_search_page_may_compile_webassembly()
    {
        foreach (var path in site.Pages)
        {
            var csp = site.Page(path).QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
            var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            // Each language has its search page (es/search/index.html), on the one Pagefind index.
            var searchPage = path == SearchIndex.PageDestination || path.EndsWith("/" + SearchIndex.PageDestination, StringComparison.Ordinal);
            Assert.Equal(searchPage ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'", scripts);
            Assert.DoesNotContain("unsafe-eval'", csp.Replace("'wasm-unsafe-eval'", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_search_page_works_without_javascript_by_pointing_to_the_lists()
    {
        var page = site.Page(SearchIndex.PageDestination);
        Assert.Contains("needs JavaScript", page.QuerySelector("[data-search-note]")!.TextContent);
        Assert.True(page.QuerySelector("form[role=search]")!.HasAttribute("hidden"));
        Assert.Equal("search-query", page.QuerySelector("form label")!.GetAttribute("for"));
        Assert.Equal("polite", page.QuerySelector("[data-search-status]")!.GetAttribute("aria-live"));
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/glossary/", links);
        Assert.Contains("/tip-sheets/", links);
        Assert.Contains("/news/", links);
        Assert.Equal("/pagefind/", page.QuerySelector("script[data-pagefind-bundle]")!.GetAttribute("data-pagefind-bundle"));
    }

    [Fact]
    public void With_pagefind_installed_the_index_covers_every_page_marked_for_it_and_nothing_unused()
    {
        if (SearchIndex.FindLauncher(Repo.Input) is null) Assert.Skip("Pagefind is not installed here (run 'npm ci'); the build leaves search out");
        var bundle = Path.Combine(site.Output, SearchIndex.BundleFolder);
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "pagefind-entry.json")));
        Assert.Equal("1.6.0", entry.RootElement.GetProperty("version").GetString());
        // Pagefind keeps one index per <html lang>: each must hold exactly that language's marked pages.
        var indexed = site.Pages.Where(p => site.Page(p).QuerySelector("[data-pagefind-body]") is not null)
            .GroupBy(p => site.Page(p).DocumentElement.GetAttribute("lang")!.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Count());
        var counted = entry.RootElement.GetProperty("languages").EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.GetProperty("page_count").GetInt32());
        Assert.Equal(indexed.OrderBy(p => p.Key), counted.OrderBy(p => p.Key));
        Assert.True(indexed.GetValueOrDefault("en-us") > 50, "the English pages are indexed");
        Assert.False(File.Exists(Path.Combine(bundle, "pagefind-ui.js")), "Pagefind's own UI is not used, so not published");
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind.js")));
        Assert.Empty(site.Outcome.Notes);
    }

    [Fact]
    public void The_search_pages_budget_counts_pagefind_and_only_there()
    {
        if (SearchIndex.FindLauncher(Repo.Input) is null) Assert.Skip("Pagefind is not installed here (run 'npm ci'); the build leaves search out");
        var checkedSite = SiteChecks.Load(new CheckRequest(site.Output, "/"));
        var search = checkedSite.Pages.Single(p => p.RelativePath == SearchIndex.PageDestination);
        var files = PageBudget.FirstSearchFiles(search, checkedSite, "/pagefind/");
        Assert.Contains("pagefind/pagefind.js", files);
        Assert.Contains("pagefind/wasm.en-us.pagefind", files);
        Assert.Contains(files, f => f.StartsWith("pagefind/index/", StringComparison.Ordinal));
        var bytes = files.Sum(checkedSite.Bytes);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first search on /search/: {bytes / 1024.0:0.0} KiB of {PageBudget.SearchLimit / 1024} KiB"));
        Assert.InRange(bytes, 50 * 1024, PageBudget.SearchLimit);
        Assert.Null(checkedSite.Pages.Single(p => p.RelativePath == "about/index.html").Document.QuerySelector("script[data-pagefind-bundle]"));
    }
}

/// <summary>The search budget and the build without Pagefind, on small sites.</summary>
public class SearchBudgetTests
{
    [Fact]
    public void A_first_search_heavier_than_its_budget_is_an_error_on_the_search_page_only()
    {
        using var site = new CheckHarness()
            .Page("search/index.html", "<h1>Search</h1><script type=\"module\" src=\"/s.js\" data-pagefind-bundle=\"/pagefind/\"></script>", lang: "en-US")
            .Page("about/index.html", "<h1>About</h1>")
            .File("s.js", "// search")
            .File("pagefind/pagefind.js", new string(';', 40 * 1024))
            .File("pagefind/pagefind-entry.json", """{"version":"1.6.0","languages":{"en-us":{"hash":"en-us_abc","wasm":"en-us","page_count":2}}}""")
            .File("pagefind/pagefind.en-us_abc.pf_meta", "m")
            .File("pagefind/wasm.en-us.pagefind", new string('w', 100 * 1024))
            .File("pagefind/index/en-us_1.pf_index", new string('i', 30 * 1024))
            .File("pagefind/index/en-us_2.pf_index", new string('i', 1024));
        var problem = Assert.Single(site.Run(new PageBudget()));
        Assert.Equal((Severity.Error, "HS0752"), (problem.Severity, problem.Code));
        Assert.StartsWith("search/index.html fetches 170.", problem.Message);
        Assert.Contains("pagefind/index/en-us_1.pf_index", problem.Message);
        Assert.DoesNotContain("en-us_2", problem.Message);
    }

    [Fact]
    public void Without_pagefind_the_site_builds_without_search_and_says_so_in_one_line()
    {
        using var temp = new TempDir();
        temp.Write("site/search/index.html", "<h1>Search</h1>");
        var diagnostics = new DiagnosticBag();
        var note = SearchIndex.Build(temp["site"], Docs.Settings(), diagnostics, launcher: null);
        Assert.Equal(SearchIndex.NotInstalled, note);
        Assert.DoesNotContain('\n', note!);
        Assert.Empty(diagnostics.Sorted());
        Assert.False(Directory.Exists(Path.Combine(temp["site"], "pagefind")));
        // A site with no search page has nothing to index, and nothing to say.
        Assert.Null(SearchIndex.Build(temp["none"], Docs.Settings(), diagnostics, launcher: null));
    }
}

/// <summary>Pagefind's index as a function of the pages alone.</summary>
public class SearchIndexTests
{
    /// <summary>
    /// Pagefind numbers pages in the order it finds them. Where the temporary folder lists files in
    /// the order they were made (tmpfs, where the tests keep it: see <see cref="TempInMemory"/>), the
    /// second site lists its pages the other way round; on ext4 both list by a hash of the name, so
    /// this can only fail on the former.
    /// </summary>
    [Fact]
    public void Two_sites_with_the_same_pages_written_in_opposite_orders_get_the_same_index()
    {
        var launcher = SearchIndex.FindLauncher(Repo.Input);
        if (launcher is null) Assert.Skip("Pagefind is not installed here (run 'npm ci'); the build leaves search out");
        using var temp = new TempDir();
        var pages = Enumerable.Range(0, 12)
            .Select(i => (Path: $"{"abc"[i % 3]}/page-{i}/index.html",
                Html: $"<html lang=\"en\"><body><main data-pagefind-body><h1>Page {i}</h1><p>Care and support, part {i}.</p></main></body></html>"))
            .Append((Path: SearchIndex.PageDestination, Html: "<html lang=\"en\"><body><h1>Search</h1></body></html>")).ToList();
        foreach (var (path, html) in pages) temp.Write("first/" + path, html);
        foreach (var (path, html) in Enumerable.Reverse(pages)) temp.Write("second/" + path, html);
        var diagnostics = new DiagnosticBag();
        foreach (var site in new[] { "first", "second" }) Assert.Null(SearchIndex.Build(temp[site], Docs.Settings(), diagnostics, launcher));
        Assert.Empty(diagnostics.Sorted());
        Dictionary<string, string> Bundle(string site)
        {
            var root = Path.Combine(temp[site], SearchIndex.BundleFolder);
            return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToBase64String(File.ReadAllBytes(f)), StringComparer.Ordinal);
        }
        var first = Bundle("first");
        Assert.Contains(first.Keys, f => f.EndsWith(".pf_fragment", StringComparison.Ordinal));
        Assert.Equal(first.OrderBy(f => f.Key, StringComparer.Ordinal), Bundle("second").OrderBy(f => f.Key, StringComparer.Ordinal));
    }
}
