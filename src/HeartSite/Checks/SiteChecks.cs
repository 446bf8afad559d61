using System.Collections.Concurrent;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Checks;

/// <summary>What to check: the output folder, the base path it was built for, and what each page was built from.</summary>
/// <param name="Sources">Page (relative to the output, e.g. <c>about/index.html</c>) → absolute source path; missing pages are reported at the generated file.</param>
/// <param name="ReportRoot">The folder to name in reports when <paramref name="OutputRoot"/> is a staging folder that will be renamed.</param>
/// <param name="ReadingGrade">The highest Flesch–Kincaid grade a page may read at (site.yml's <c>reading_grade</c>).</param>
public sealed record CheckRequest(string OutputRoot, string BasePath,
    IReadOnlyDictionary<string, string>? Sources = null, string? ReportRoot = null, double ReadingGrade = Reading.ReadingMeasure.DefaultGrade)
{
    /// <summary>The clock checks that depend on the date (review dates) judge against.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;

    /// <summary>site.yml's languages: each page's reading is measured by its own language's rule.</summary>
    public IReadOnlyList<Languages.SiteLanguage> Languages { get; init; } = [];

    /// <summary>Links (as pages write them) already reported at their source, such as a menu entry in site.yml; not reported again on each page.</summary>
    public IReadOnlySet<string> ReportedLinks { get; init; } = new HashSet<string>();

    /// <summary>Output files' text as the build wrote them (see <see cref="SiteChecks.TextsOf"/>), so the checks need not read them back; others are read from the folder.</summary>
    public IReadOnlyDictionary<string, string>? Texts { get; init; }
}

/// <summary>
/// Runs every check over every generated page in parallel and reports in a stable order, each
/// problem at the Markdown line that caused it when that can be found, else at the generated page.
/// </summary>
public static class SiteChecks
{
    public static IReadOnlyList<IPageCheck> All { get; } =
    [
        new InternalLinks(), new ImageAlternatives(), new AccessibleNames(), new HeadingOrder(), new LanguageAndTitle(),
        new UniqueTitles(), new FormLabels(), new TableHeaders(), new UniqueIds(), new PageBudget(), new ExternalResources(),
        new ReadingLevel(), new OverdueReviews(),
    ];

    public static IReadOnlyList<Diagnostic> Run(CheckRequest request, IReadOnlyList<IPageCheck>? checks = null) =>
        Run(Load(request), request.ReportRoot ?? request.OutputRoot, checks);

    /// <summary>Runs the checks over a site already loaded; reports name files under <paramref name="reportRoot"/>.</summary>
    public static IReadOnlyList<Diagnostic> Run(CheckedSite site, string reportRoot, IReadOnlyList<IPageCheck>? checks = null)
    {
        var findings = new Findings(Path.GetFullPath(reportRoot), checks ?? All);
        Parallel.ForEach(site.Pages, page => findings.Judge(page, site));
        return findings.Settle(site);
    }

    /// <summary>
    /// Parses and checks the site while <paramref name="alongside"/> runs on another thread: the
    /// build's search indexing, a separate process that adds files under <paramref name="bundleFolder"/>/
    /// but no page. Each page is checked as soon as it is parsed and then let go, keeping only its
    /// outline, so the parsed site is never all in memory at once. A page whose text names no path
    /// into that folder (neither <c>pagefind/</c> nor <c>/pagefind</c>) is judged meanwhile, against
    /// the files there were before, which is all it can see; the others (the search page, whose
    /// budget counts the index) once it has finished, against every file. Null when
    /// <paramref name="wanted"/>, asked once it has finished, says the checks' findings are not.
    /// <paramref name="alongsideBusy"/>: whether <paramref name="alongside"/> takes a core until it ends.
    /// </summary>
    public static IReadOnlyList<Diagnostic>? RunAlongside(CheckRequest request, Action alongside, bool alongsideBusy, string bundleFolder, Func<bool> wanted)
    {
        var root = Path.GetFullPath(request.OutputRoot);
        var before = FilesOf(root);
        var running = Task.Factory.StartNew(alongside, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var findings = new Findings(Path.GetFullPath(request.ReportRoot ?? request.OutputRoot), All);
        var site = SiteOf(root, before, [], request);
        var later = new ConcurrentBag<CheckedPage>();
        // While work alongside keeps a core busy (Pagefind, a process of its own that mostly runs on
        // one thread), the checks leave that core to it: competing for every core, both took longer.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - (alongsideBusy ? 1 : 0)) };
        Parallel.ForEach(before.Where(IsPage), cores, file =>
        {
            var page = Parse(root, file, request);
            site.Add(page);
            if (page.Html.Contains(bundleFolder + "/", StringComparison.Ordinal) || page.Html.Contains("/" + bundleFolder, StringComparison.Ordinal)) later.Add(page);
            else findings.Judge(page, site);
        });
        running.GetAwaiter().GetResult();
        if (!wanted()) return null;
        site = site.WithFiles(FilesOf(root));
        foreach (var page in later) findings.Judge(page, site);
        return findings.Settle(site);
    }

    /// <summary>Reads and parses every page of the output folder (in parallel).</summary>
    public static CheckedSite Load(CheckRequest request)
    {
        var root = Path.GetFullPath(request.OutputRoot);
        var files = FilesOf(root);
        return SiteOf(root, files, Parse(root, files, request), request);
    }

    static List<CheckedPage> Parse(string root, IEnumerable<string> files, CheckRequest request) =>
        files.Where(IsPage).AsParallel().Select(f => Parse(root, f, request)).ToList();

    static CheckedPage Parse(string root, string file, CheckRequest request) =>
        CheckedPage.Parse(file, request.Texts?.GetValueOrDefault(file) ?? File.ReadAllText(Path.Combine(root, file)), request.Sources?.GetValueOrDefault(file));

    static bool IsPage(string file) => file.EndsWith(".html", StringComparison.Ordinal);

    static CheckedSite SiteOf(string root, IReadOnlyCollection<string> files, IEnumerable<CheckedPage> pages, CheckRequest request) =>
        new(root, request.BasePath, files, pages)
        {
            ReadingGrade = request.ReadingGrade, Now = request.Now, Languages = request.Languages, ReportedLinks = request.ReportedLinks,
            TextInMemory = request.Texts is { } texts ? texts.GetValueOrDefault : null,
        };

    /// <summary>
    /// The text of each file the documents were written to, exactly as reading the file back would
    /// give it. Left out: a copied file (its document's content is empty; the bytes came from elsewhere),
    /// a destination two documents claim (which one won is the disk's word), and text that UTF-8 would not round-trip (a lone surrogate becomes U+FFFD) or
    /// whose first character, U+FEFF, reading would take for a byte-order mark.
    /// </summary>
    public static IReadOnlyDictionary<string, string> TextsOf(IEnumerable<Engine.Document> documents)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var twice = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
            if (document.Destination is { } destination && !texts.TryAdd(destination, document.Content)) twice.Add(destination);
        foreach (var destination in twice) texts.Remove(destination);
        foreach (var (destination, text) in texts)
            if (text.Length == 0 || text.StartsWith('\uFEFF') || text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) texts.Remove(destination);
        return texts;
    }

    static List<string> FilesOf(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
        .Order(StringComparer.Ordinal).ToList();
}
