using System.Threading.Channels;

namespace HeartSite.Engine;

/// <summary>
/// Watches folders for any change and calls back once things have been quiet for a moment, one
/// call at a time: an editor's save is often several events, and a rebuild must never overlap another.
/// Used by <c>serve</c> and by the benchmark's serve mode.
/// </summary>
public sealed class SourceWatcher : IAsyncDisposable
{
    readonly List<FileSystemWatcher> _watchers = [];
    readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    readonly CancellationTokenSource _stop = new();
    readonly Task _loop;

    /// <param name="folders">the folders to watch, with their subfolders</param>
    /// <param name="ignore">paths whose changes do not count (e.g. the output folder, if it sits inside one)</param>
    /// <param name="quiet">how long no change must arrive before <paramref name="changed"/> runs</param>
    /// <param name="changed">runs with the changed paths (absolute, sorted, distinct)</param>
    public SourceWatcher(IEnumerable<string> folders, Func<string, bool> ignore, TimeSpan quiet, Func<IReadOnlyList<string>, Task> changed)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler onChange = (_, e) => Notice(e.FullPath, ignore);
            watcher.Changed += onChange;
            watcher.Created += onChange;
            watcher.Deleted += onChange;
            watcher.Renamed += (_, e) => { Notice(e.OldFullPath, ignore); Notice(e.FullPath, ignore); };
            // Too many changes at once: rebuild anyway rather than miss one.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        _loop = Task.Run(() => RunAsync(quiet, changed));
    }

    void Notice(string path, Func<string, bool> ignore)
    {
        if (!ignore(path)) _changes.Writer.TryWrite(path);
    }

    async Task RunAsync(TimeSpan quiet, Func<IReadOnlyList<string>, Task> changed)
    {
        var token = _stop.Token;
        try
        {
            while (true)
            {
                var paths = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(token) };
                do await Task.Delay(quiet, token);
                while (Drain(paths));
                await changed(paths.ToList());
            }
        }
        catch (OperationCanceledException) { }
        catch (ChannelClosedException) { }
    }

    bool Drain(SortedSet<string> paths)
    {
        var any = false;
        while (_changes.Reader.TryRead(out var path))
        {
            paths.Add(path);
            any = true;
        }
        return any;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _changes.Writer.TryComplete();
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
