using HeartSite.Engine.Safety;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace HeartSite.Hosting;

/// <summary>
/// A built site held in memory, for <c>serve</c>. The preview answers from the last good build
/// while the next one replaces the output folder (so no request meets the moment the folder is
/// missing), and it can only ever serve a file of the build: a path is looked up by name, never
/// resolved on disk, however it is encoded. Links in the output are not followed.
/// </summary>
public sealed class SiteSnapshot : IFileProvider
{
    readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    readonly HashSet<string> _folders = new(StringComparer.Ordinal) { "" };
    readonly DateTimeOffset _taken = DateTimeOffset.UtcNow;

    /// <summary>Reads every regular file under <paramref name="root"/> (none when it does not exist).</summary>
    public static SiteSnapshot Load(string root)
    {
        var snapshot = new SiteSnapshot();
        foreach (var relative in SourceTree.RegularFiles(root))
            snapshot.Put(relative, File.ReadAllBytes(Path.Combine(root, relative)));
        return snapshot;
    }

    /// <summary>This snapshot with the file at <paramref name="relative"/> (like <c>about/index.html</c>) holding <paramref name="bytes"/>.</summary>
    public SiteSnapshot With(string relative, byte[] bytes)
    {
        var snapshot = new SiteSnapshot();
        foreach (var (key, value) in _files) snapshot._files[key] = value;
        snapshot._folders.UnionWith(_folders);
        snapshot.Put(relative, bytes);
        return snapshot;
    }

    /// <summary>The files added, removed or changed since <paramref name="before"/>, relative to the site's root.</summary>
    public IEnumerable<string> ChangedSince(SiteSnapshot before) =>
        _files.Where(f => !before._files.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key)
            .Concat(before._files.Keys.Where(key => !_files.ContainsKey(key)));

    void Put(string relative, byte[] bytes)
    {
        _files[relative] = bytes;
        for (var slash = relative.IndexOf('/'); slash > 0; slash = relative.IndexOf('/', slash + 1))
            _folders.Add(relative[..slash]);
    }

    public IFileInfo GetFileInfo(string subpath)
    {
        var key = Key(subpath);
        return key is not null && _files.TryGetValue(key, out var bytes)
            ? new SnapshotFile(Path.GetFileName(key), bytes, _taken)
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var key = Key(subpath);
        if (key is null || !_folders.Contains(key)) return NotFoundDirectoryContents.Singleton;
        var prefix = key.Length == 0 ? "" : key + "/";
        var children = _files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal) && !f.Key[prefix.Length..].Contains('/'))
            .Select(f => (IFileInfo)new SnapshotFile(f.Key[prefix.Length..], f.Value, _taken)).ToList();
        return new SnapshotFolder(children);
    }

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    // "/news/index.html" → "news/index.html"; null for anything that is not a plain relative name.
    static string? Key(string subpath)
    {
        var key = subpath.Replace('\\', '/').Trim('/');
        return key.Split('/').Any(s => s is "." or ".." || s.Contains('\0')) ? null : key;
    }

    sealed class SnapshotFile(string name, byte[] bytes, DateTimeOffset modified) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => modified;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }

    sealed class SnapshotFolder(IReadOnlyList<IFileInfo> children) : IDirectoryContents
    {
        public bool Exists => true;
        public IEnumerator<IFileInfo> GetEnumerator() => children.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>A file provider whose files can be replaced in one step, for a server that keeps running across builds.</summary>
public sealed class SwappableFiles(IFileProvider initial) : IFileProvider
{
    volatile IFileProvider _current = initial;

    public void Swap(IFileProvider next) => _current = next;

    public IFileInfo GetFileInfo(string subpath) => _current.GetFileInfo(subpath);
    public IDirectoryContents GetDirectoryContents(string subpath) => _current.GetDirectoryContents(subpath);
    public IChangeToken Watch(string filter) => _current.Watch(filter);
}
