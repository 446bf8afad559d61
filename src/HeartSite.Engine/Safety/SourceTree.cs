using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine.Safety;

/// <summary>
/// The files under a content or theme folder, found without ever following a symbolic link: a
/// link inside <c>input/</c> could publish any file of the machine the build runs on (in CI, one
/// holding tokens). Every link is an error naming it (HS0204); no file behind one is read.
/// </summary>
public static class SourceTree
{
    /// <summary>Every symbolic link under <paramref name="root"/> (files and folders), as errors.</summary>
    public static IReadOnlyList<Diagnostic> Symlinks(string root)
    {
        var links = new List<Diagnostic>();
        Walk(root, link => links.Add(new Diagnostic(Severity.Error, "HS0204",
            $"'{Path.GetFileName(link)}' is a symbolic link; the build reads only regular files inside the folder",
            "replace the link with a copy of what it points to, or delete it", link)));
        return links;
    }

    /// <summary>Paths (relative, forward slashes) of the regular files under <paramref name="root"/>; links are skipped.</summary>
    public static IReadOnlyList<string> RegularFiles(string root)
    {
        var files = Walk(root, _ => { });
        return files.Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when <paramref name="path"/> or a folder between it and <paramref name="root"/> is a link.</summary>
    public static bool PassesThroughLink(string root, string path)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var current = Path.GetFullPath(path); current.Length > root.Length; current = Path.GetDirectoryName(current)!)
        {
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> itself or inside it.</summary>
    public static bool IsInside(string root, string path)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    static List<string> Walk(string root, Action<string> onLink)
    {
        var files = new List<string>();
        if (!Directory.Exists(root)) return files;
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (folders.Count > 0)
            foreach (var entry in folders.Pop().EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.LinkTarget is not null) onLink(entry.FullName);
                else if (entry is DirectoryInfo folder) folders.Push(folder);
                else files.Add(entry.FullName);
            }
        return files;
    }
}
