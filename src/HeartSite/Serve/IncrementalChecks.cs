using HeartSite.Checks;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Serve;

/// <summary>
/// The HS07xx checks for <c>serve</c>'s rebuilds, over the pages in memory before they are written.
/// Each page's findings are kept; a rebuild checks again only the pages whose HTML changed, the
/// pages that link to a file that appeared or went or to a page whose ids changed, the pages that
/// load a stylesheet or script that changed, the pages sharing a title with a changed page, and
/// the pages whose source changed (findings point at its lines): that is all a page's findings
/// depend on besides the page itself, so the result equals checking every page.
/// </summary>
public sealed class IncrementalChecks(string basePath, double readingGrade, DateTimeOffset now)
{
    // Links: every file of the site the page refers to. Loads: the stylesheets and scripts whose
    // content the checks read (budget, external resources); for any other file only its existence matters.
    sealed record PageState(string Html, CheckedPage Page, IReadOnlySet<string> Links, IReadOnlySet<string> Loads, IReadOnlyList<Diagnostic> Findings);

    /// <summary>site.yml's languages: each page's reading is measured by its own language's rule.</summary>
    public IReadOnlyList<Languages.SiteLanguage> Languages { get; init; } = [];

    Dictionary<string, PageState> _pages = new(StringComparer.Ordinal);
    Dictionary<string, string> _others = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="documents"/> (every laid-out output) as the site under <paramref name="outputRoot"/>.</summary>
    /// <param name="copied">files in <paramref name="filesRoot"/> that no document holds (copied assets), relative</param>
    /// <param name="sourceChanged">whether a source file may have changed: its page's findings are placed at its lines again</param>
    public IReadOnlyList<Diagnostic> Run(IEnumerable<Document> documents, string filesRoot, string outputRoot, IEnumerable<string> copied,
        Func<string, bool> sourceChanged)
    {
        var outputs = documents.Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var html = outputs.Where(o => o.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
        var others = outputs.Where(o => !html.ContainsKey(o.Key)).ToDictionary(o => o.Key, o => o.Value.Content, StringComparer.Ordinal);
        var files = outputs.Keys.Concat(copied).ToHashSet(StringComparer.Ordinal);

        // What other pages' findings depend on: which files exist, each page's ids (link fragments)
        // and title, and the content of the stylesheets and scripts pages load.
        var changedPages = html.Where(p => !_pages.TryGetValue(p.Key, out var old) || !string.Equals(old.Html, p.Value.Content, StringComparison.Ordinal))
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var appearedOrWent = new HashSet<string>(html.Keys.Where(p => !_pages.ContainsKey(p)), StringComparer.Ordinal);
        appearedOrWent.UnionWith(_pages.Keys.Where(p => !html.ContainsKey(p)));
        appearedOrWent.UnionWith(others.Keys.Where(f => !_others.ContainsKey(f)));
        appearedOrWent.UnionWith(_others.Keys.Where(f => !others.ContainsKey(f)));
        var changedContent = others.Keys.Where(f => _others.TryGetValue(f, out var old) && old != others[f]).ToHashSet(StringComparer.Ordinal);

        var pages = html.AsParallel().Select(p => changedPages.Contains(p.Key)
                ? CheckedPage.Parse(p.Key, p.Value.Content, p.Value.Source)
                : _pages[p.Key].Page)
            .ToDictionary(p => p.RelativePath, StringComparer.Ordinal);
        var newIds = changedPages.Where(p => _pages.ContainsKey(p) && !_pages[p].Page.Ids.SetEquals(pages[p].Ids));
        var affected = appearedOrWent.Concat(newIds).ToHashSet(StringComparer.Ordinal);
        var titles = changedPages.Select(p => pages[p].Title)
            .Concat(changedPages.Concat(appearedOrWent).Select(p => _pages.GetValueOrDefault(p)?.Page.Title).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        var recheck = pages.Keys.Where(p => changedPages.Contains(p) || titles.Contains(pages[p].Title)
            || _pages[p].Links.Overlaps(affected) || _pages[p].Loads.Overlaps(changedContent) || (pages[p].Source is { } source && sourceChanged(source))).ToList();

        var site = new CheckedSite(filesRoot, basePath, files, pages.Values)
        {
            ReadingGrade = readingGrade,
            Now = now,
            Languages = Languages,
            TextInMemory = path => others.GetValueOrDefault(path) is { Length: > 0 } text ? text : null,
        };
        var locator = new SourceLocator();
        var next = recheck.AsParallel().Select(path =>
        {
            var page = pages[path];
            // Every page is parsed and known already: what waits on other pages is settled at once.
            var judged = new Findings(outputRoot, SiteChecks.All, locator);
            judged.Judge(page, site);
            var findings = judged.Settle(site);
            return new PageState(page.Html, page, Targets(page, site, "[href], [src]"), Targets(page, site, "link[rel~=stylesheet][href], script[src]"), findings);
        }).ToDictionary(s => s.Page.RelativePath, StringComparer.Ordinal);
        foreach (var path in pages.Keys.Where(p => !next.ContainsKey(p))) next[path] = _pages[path];
        _pages = next;
        _others = others;

        var bag = new DiagnosticBag();
        foreach (var finding in next.Values.SelectMany(s => s.Findings)) bag.Add(finding);
        return bag.Sorted().Distinct().ToList();
    }

    // The files of the site the selected elements refer to, as a browser would resolve them.
    static HashSet<string> Targets(CheckedPage page, CheckedSite site, string selector) =>
        page.Document.QuerySelectorAll(selector)
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
            .OfType<string>()
            .Select(reference => site.Resolve(reference, page))
            .Where(target => target.Status is LinkStatus.Found or LinkStatus.Missing)
            .SelectMany(target => new[] { target.Path, target.Path + "/index.html" })
            .ToHashSet(StringComparer.Ordinal);
}
