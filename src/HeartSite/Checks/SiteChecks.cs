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
        reportRoot = Path.GetFullPath(reportRoot);
        var bag = new DiagnosticBag();
        var sources = new SourceLocator();
        Parallel.ForEach(site.Pages, page =>
        {
            foreach (var check in checks ?? All)
                foreach (var finding in check.Check(page, site))
                    bag.Add(sources.Place(finding, page, reportRoot));
        });
        return bag.Sorted().Distinct().ToList();
    }

    /// <summary>Reads and parses every page of the output folder (in parallel).</summary>
    public static CheckedSite Load(CheckRequest request) => Load(request, alongside: null);

    /// <summary>
    /// As above, while <paramref name="alongside"/> runs on another thread: the build's search
    /// indexing, a separate process that adds files (under /pagefind/) but no page. The pages are
    /// parsed meanwhile; the folder's file list, which links and budgets are judged against, is
    /// taken once it has finished.
    /// </summary>
    public static CheckedSite Load(CheckRequest request, Action? alongside)
    {
        var root = Path.GetFullPath(request.OutputRoot);
        var html = FilesOf(root).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var running = alongside is null ? Task.CompletedTask
            : Task.Factory.StartNew(alongside, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var pages = html.AsParallel().AsOrdered()
            .Select(f => CheckedPage.Parse(f, File.ReadAllText(Path.Combine(root, f)), request.Sources?.GetValueOrDefault(f)))
            .ToList();
        running.GetAwaiter().GetResult();
        return new CheckedSite(root, request.BasePath, FilesOf(root), pages) { ReadingGrade = request.ReadingGrade, Now = request.Now, Languages = request.Languages, ReportedLinks = request.ReportedLinks };
    }

    static List<string> FilesOf(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
        .Order(StringComparer.Ordinal).ToList();
}
