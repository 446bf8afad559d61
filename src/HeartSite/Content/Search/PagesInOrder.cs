namespace HeartSite.Content.Search;

/// <summary>
/// The site's pages as Pagefind is shown them: a fresh folder of links to them, made in one fixed order.
/// Pagefind numbers pages in the order it finds them, and finds them in the order the file system
/// lists each folder. Some file systems (tmpfs, btrfs) list files in the order they were made, and a
/// build writes its pages in parallel, so two builds of one input gave two different indexes. A fresh
/// folder made in a fixed order lists the same way every time.
/// </summary>
static class PagesInOrder
{
    /// <summary>Makes the folder and returns its path; the caller deletes it.</summary>
    public static string Make(string siteRoot)
    {
        siteRoot = Path.GetFullPath(siteRoot);
        var pages = Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories)
            .Select(page => Path.GetRelativePath(siteRoot, page)).Order(StringComparer.Ordinal);
        var folder = NewFolder();
        foreach (var page in pages)
        {
            var (link, target) = (Path.Combine(folder, page), Path.Combine(siteRoot, page));
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            // A system that does not let this user make links (Windows without developer mode) gets copies.
            try { File.CreateSymbolicLink(link, target); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { File.Copy(target, link); }
        }
        return folder;
    }

    /// <summary>
    /// A new folder in memory (/dev/shm) where Linux has one, else in the temporary folder: on a
    /// disk (ext4) making and deleting the folders of the real site's pages took about 60 ms, in
    /// memory 8 ms, and the build waits for both.
    /// </summary>
    static string NewFolder()
    {
        var name = "heartsite-pages-" + Guid.NewGuid().ToString("N");
        if (OperatingSystem.IsLinux() && Directory.Exists("/dev/shm"))
            try { return Directory.CreateDirectory(Path.Combine("/dev/shm", name)).FullName; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // none, or not writable: the temporary folder
        return Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), name)).FullName;
    }
}
