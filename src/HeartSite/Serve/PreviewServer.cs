using System.Diagnostics;
using HeartSite.Cli;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Hosting;
using HeartSite.Site;

namespace HeartSite.Serve;

/// <summary>
/// The editor's preview: builds the site, serves it on 127.0.0.1 under its base path, rebuilds
/// when anything in the input or theme folders changes, and tells open pages to reload. A failed
/// rebuild leaves the last good site in place (builds go through staging) and shows its errors on
/// the console and in the browser until an edit fixes them.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    readonly BuildSettings _settings;
    readonly TextWriter _output;
    readonly TextWriter _error;
    readonly ReloadEvents _events = new();
    readonly SwappableFiles _site;
    readonly IncrementalBuild _builds;
    readonly Lock _shownLock = new();
    SiteSnapshot _built = SiteSnapshot.Load(""), _shown;
    string _basePath = "/";
    SiteHost? _host;
    SourceWatcher? _watcher;
    volatile IReadOnlyList<string> _errors = [];
    int _number;

    PreviewServer(BuildSettings settings, bool clockPinned, TextWriter output, TextWriter error)
    {
        _settings = settings;
        _output = TextWriter.Synchronized(output);
        _error = TextWriter.Synchronized(error);
        _shown = _built;
        _site = new SwappableFiles(_shown);
        _builds = new IncrementalBuild(settings, clockPinned, ShowAhead);
    }

    // A saved file's page, written before the rest of its rebuild: served and reloaded at once.
    void ShowAhead(string destination, string content)
    {
        lock (_shownLock)
        {
            _shown = _shown.With(destination, System.Text.Encoding.UTF8.GetBytes(content));
            _site.Swap(_shown);
        }
        _events.Publish(ReloadEvents.Page, ChangedPages.UrlOf(destination, _basePath));
    }

    // Serves what a build left (a failed one puts back the pages shown ahead) and says which pages that changed.
    IReadOnlyList<string> Show(SiteSnapshot built)
    {
        lock (_shownLock)
        {
            var changed = ChangedPages.Of(built.ChangedSince(_shown), _basePath);
            _built = _shown = built;
            _site.Swap(built);
            return changed;
        }
    }

    /// <summary>
    /// How long no change must arrive before a rebuild starts. A save's events come within a few
    /// milliseconds; a rebuild after one costs tens of milliseconds, so a second one is cheap if a
    /// slow save spreads further.
    /// </summary>
    public static readonly TimeSpan QuietAfterSave = TimeSpan.FromMilliseconds(10);

    /// <summary>The site's address, base path included: <c>http://127.0.0.1:8080/heart-site/</c>.</summary>
    public string Url => _host!.Url;

    /// <summary>The errors of the latest build, as the console shows them; empty when it built.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <param name="clockPinned">true when <c>--now</c> was given; otherwise each whole build reads the clock afresh (see <see cref="IncrementalBuild"/>)</param>
    /// <param name="quiet">how long to wait after the last change before rebuilding</param>
    public static async Task<PreviewServer> StartAsync(BuildSettings settings, bool clockPinned, int port,
        TextWriter output, TextWriter error, TimeSpan? quiet = null)
    {
        // The preview shows drafts too, each under a "Draft — not published" banner.
        settings = settings with { IncludeDrafts = true };
        var server = new PreviewServer(settings, clockPinned, output, error);
        try
        {
            Directory.CreateDirectory(settings.OutputRoot);
            var first = server.Rebuild([]);
            server._host = await SiteHost.StartAsync(settings.OutputRoot, first.BasePath, port,
                app => PreviewMiddleware.Use(app, server._events, () => server._errors), server._site);
            server._watcher = new SourceWatcher([settings.InputRoot, settings.ThemeRoot], server.IsIgnored,
                quiet ?? QuietAfterSave, changed => Task.Run(() => server.Rebuild(changed)));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    // Editors' swap and backup files change on every keystroke or save; they are not content.
    // The output and its staging and previous folders count neither, in case the output sits inside a watched folder.
    bool IsIgnored(string path)
    {
        if (EditorFiles.IsTemporary(path) && !Directory.Exists(path)) return true;
        var output = Path.TrimEndingDirectorySeparator(_settings.OutputRoot);
        return new[] { output, output + ".staging", output + ".previous" }
            .Any(root => path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    /// <summary>Rebuilds, serves what built and tells open pages; the outcome says the base path the site was built under.</summary>
    BuildOutcome Rebuild(IReadOnlyList<string> changed)
    {
        var number = Interlocked.Increment(ref _number);
        var settings = _settings;
        var clock = Stopwatch.StartNew();
        var workingDirectory = Environment.CurrentDirectory;
        if (changed.Count > 0)
            _output.WriteLine(ConsoleText.Line($"Changed: {string.Join(", ", changed.Take(5).Select(p => DiagnosticFormatter.RelativePath(p, workingDirectory)))}"
                + (changed.Count > 5 ? $" and {changed.Count - 5} more" : "")));
        BuildOutcome outcome;
        try
        {
            outcome = _builds.Build(changed);
        }
        catch (IOException e)
        {
            // E.g. a file in the output held open by another program while the new site was swapped in.
            outcome = new BuildOutcome([new Diagnostic(Severity.Error, "HS0806", $"the new site could not replace the output folder: {e.Message}",
                "close programs using files in the output folder, then save again", settings.OutputRoot)], 0);
        }
        // The first build shows whatever the output holds, even when it failed; later ones only what built.
        var hadErrors = _errors.Count > 0;
        if (outcome.Succeeded || number == 1) _basePath = outcome.BasePath;
        var changedPages = Show(outcome.Succeeded || number == 1 ? SiteSnapshot.Load(settings.OutputRoot) : _built);
        DiagnosticsWriter.Write(outcome.Diagnostics, _error);
        _errors = outcome.Diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => DiagnosticFormatter.Canonical(d, workingDirectory)).ToList();
        if (outcome.Succeeded)
        {
            _output.WriteLine($"Built {outcome.FilesWritten} files in {clock.ElapsedMilliseconds} ms.");
            // After a failed build every page shows the error panel, so every page reloads.
            _events.Publish(ReloadEvents.Reload, string.Join('\n', hadErrors ? [ChangedPages.Every] : changedPages));
        }
        else
        {
            _error.WriteLine($"Build failed with {_errors.Count} error(s); still serving the last site that built.");
            _events.Publish(ReloadEvents.Failed, string.Join('\n', _errors));
        }
        return outcome;
    }

    public async ValueTask DisposeAsync()
    {
        if (_watcher is not null) await _watcher.DisposeAsync();
        _events.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }
}
