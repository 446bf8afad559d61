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
    /// <summary>Where Linux keeps files in memory: making and deleting the real site's folder of links took about 10 ms there, 60 ms on ext4, and the build waits for both.</summary>
    const string InMemory = "/dev/shm";

    /// <summary>Makes the folder, in memory where it can, and returns its path; the caller deletes it.</summary>
    public static string Make(string siteRoot)
    {
        siteRoot = Path.GetFullPath(siteRoot);
        var pages = Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories)
            .Select(page => Path.GetRelativePath(siteRoot, page)).Order(StringComparer.Ordinal).ToList();
        if (OperatingSystem.IsLinux() && Directory.Exists(InMemory))
            try { return MakeIn(InMemory, siteRoot, pages); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // not writable, or full: the temporary folder
        return MakeIn(Path.GetTempPath(), siteRoot, pages);
    }

    static string MakeIn(string parent, string siteRoot, IEnumerable<string> pages)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, "heartsite-pages-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
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
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }
}
