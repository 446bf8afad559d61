using System.ComponentModel;
using System.Diagnostics;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Content.Search;

/// <summary>
/// The search index behind <c>/search/</c>: Pagefind (the npm package pinned in the repository's
/// package.json, installed with <c>npm ci</c>) run over the built, checked pages, shown to it through
/// <see cref="PagesInOrder"/>, before they replace the old site. It writes <c>/pagefind/</c>: a
/// chunked index of each page's <c>main</c> (the pages the theme marks <c>data-pagefind-body</c>)
/// and the script and WebAssembly that search it.
/// Without Node.js or the package the site is built without search, and the build says so in one line.
/// </summary>
public static class SearchIndex
{
    /// <summary>The search page; without it there is nothing to index for.</summary>
    public const string PageDestination = "search/index.html";

    public const string BundleFolder = "pagefind";

    /// <summary>Pagefind's ready-made interfaces, which /search/ does not use (it has its own small markup), nor its web worker: not published.</summary>
    static readonly string[] Unused =
    [
        "pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
        "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "pagefind-worker.js",
    ];

    /// <summary>The npm package's own launcher, which starts the binary for this platform.</summary>
    static readonly string Launcher = Path.Combine("node_modules", "pagefind", "lib", "runner", "bin.cjs");

    /// <summary>
    /// Set by a test that asserts nothing about search, for the builds on its own flow: Pagefind is
    /// left out silently, sparing the test the index's second of work (the search tests still index).
    /// </summary>
    public static readonly AsyncLocal<bool> LeftOutByTest = new();

    public const string NotInstalled =
        "Search: Pagefind is not installed, so this build has no search index; run 'npm ci' (needs Node.js) to add it.";

    /// <summary>
    /// Indexes <paramref name="siteRoot"/> when it has a search page. Returns a one-line note when
    /// search had to be left out; a failing Pagefind is an HS0809 error.
    /// </summary>
    public static string? Build(string siteRoot, BuildSettings settings, DiagnosticBag diagnostics) =>
        Build(siteRoot, settings, diagnostics, FindLauncher(settings.InputRoot, Environment.CurrentDirectory));

    /// <summary>As above, with Pagefind's launcher (null: not installed) found by the caller.</summary>
    public static string? Build(string siteRoot, BuildSettings settings, DiagnosticBag diagnostics, string? launcher) =>
        Start(siteRoot, settings, diagnostics, launcher, out _)();

    /// <summary>
    /// Starts indexing <paramref name="siteRoot"/> and returns what finishes it: waits for Pagefind,
    /// puts its files into the site and returns <see cref="Build"/>'s note. Meanwhile the caller may
    /// read the site's pages (the build's checks parse them), but not rely on its file list.
    /// <paramref name="running"/> says whether Pagefind was started, so is taking a core meanwhile.
    /// </summary>
    public static Func<string?> Start(string siteRoot, BuildSettings settings, DiagnosticBag diagnostics, string? launcher, out bool running)
    {
        running = false;
        if (!File.Exists(Path.Combine(siteRoot, PageDestination))) return () => null;
        if (launcher is null) return () => NotInstalled;
        if (LeftOutByTest.Value) return () => null;
        running = true;
        settings.Progress?.Invoke("Indexing for search");
        // serve indexes its output in place, where only files whose bytes changed may be written and
        // old chunks must go: there Pagefind writes to a scratch folder that is then mirrored in. A
        // build's fresh staging folder has no index yet, so Pagefind writes straight into it.
        var bundle = Path.Combine(siteRoot, BundleFolder);
        var inPlace = Directory.Exists(bundle);
        var scratch = inPlace ? Path.Combine(Path.GetTempPath(), "heartsite-pagefind-" + Guid.NewGuid().ToString("N")) : bundle;
        var pages = PagesInOrder.Make(siteRoot);
        var process = StartPagefind(launcher, pages, scratch);
        return () =>
        {
            var done = false;
            try
            {
                var run = Finish(process);
                if (run is null) return NotInstalled; // no Node.js to start the launcher with
                if (run.Value.ExitCode != 0 || !File.Exists(Path.Combine(scratch, "pagefind.js")))
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, "HS0809",
                        $"Pagefind could not index the site (exit code {run.Value.ExitCode}): {LastLine(run.Value.Output)}",
                        "run 'npm ci' in the repository to reinstall it; if that does not help, build with the message above in an issue"));
                    return null;
                }
                foreach (var file in Unused) File.Delete(Path.Combine(scratch, file));
                if (inPlace) Mirror(scratch, bundle);
                done = true;
                return null;
            }
            finally
            {
                Directory.Delete(pages, recursive: true);
                // The scratch folder always goes; a bundle written straight in only when it is not whole.
                if ((inPlace || !done) && Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
        };
    }

    /// <summary>The installed package's launcher in <c>node_modules/</c> beside or above any of <paramref name="starts"/>; null when none is.</summary>
    public static string? FindLauncher(params string[] starts)
    {
        foreach (var start in starts)
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, Launcher))) return Path.Combine(dir.FullName, Launcher);
        return null;
    }

    /// <summary>Makes <paramref name="target"/> hold exactly <paramref name="source"/>'s files, writing only those whose bytes differ.</summary>
    static void Mirror(string source, string target)
    {
        var wanted = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(source, f)).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(target))
            foreach (var old in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).ToList())
                if (!wanted.Contains(Path.GetRelativePath(target, old))) File.Delete(old);
        foreach (var relative in wanted)
        {
            var (from, to) = (Path.Combine(source, relative), Path.Combine(target, relative));
            var bytes = File.ReadAllBytes(from);
            if (File.Exists(to) && File.ReadAllBytes(to).AsSpan().SequenceEqual(bytes)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.WriteAllBytes(to, bytes);
        }
    }

    /// <summary>Pagefind's process with both its outputs being read; null when there is no Node.js to start it with.</summary>
    static (Process Process, Task<string> Output, Task<string> Error)? StartPagefind(string launcher, string siteRoot, string outputPath)
    {
        var binary = BinaryBeside(launcher);
        var start = new ProcessStartInfo(binary ?? "node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (binary is null) start.ArgumentList.Add(launcher);
        foreach (var argument in new[] { "--site", siteRoot, "--output-path", outputPath, "--silent" }) start.ArgumentList.Add(argument);
        Process? process;
        try { process = Process.Start(start); }
        catch (Win32Exception) { return null; }
        if (process is null) return null;
        return (process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    /// <summary>
    /// The program the launcher would start: npm installs it beside the package, in the package for
    /// this platform (<c>node_modules/@pagefind/linux-x64/bin/pagefind_extended</c>). Started straight
    /// away it spares a build Node.js's start (about a tenth of a second of CPU). Null, so the launcher
    /// decides, when it is not there or the launcher is told to use another (<c>PAGEFIND_BINARY_PATH</c>).
    /// </summary>
    static string? BinaryBeside(string launcher)
    {
        string[] names = ["pagefind_extended", "pagefind"];
        if (names.Any(n => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(n.ToUpperInvariant() + "_BINARY_PATH")))) return null;
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : null;
        var cpu = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            _ => null,
        };
        // The launcher is <node_modules>/pagefind/lib/runner/bin.cjs.
        var modules = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(launcher))));
        if (platform is null || cpu is null || modules is null) return null;
        return names.Select(n => Path.Combine(modules, "@pagefind", $"{platform}-{cpu}", "bin", OperatingSystem.IsWindows() ? n + ".exe" : n))
            .FirstOrDefault(File.Exists);
    }

    static (int ExitCode, string Output)? Finish((Process Process, Task<string> Output, Task<string> Error)? started)
    {
        if (started is not { } run) return null;
        using var process = run.Process;
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "it did not finish within two minutes");
        }
        return (process.ExitCode, run.Output.Result + run.Error.Result);
    }

    static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "it printed nothing";
}
