namespace HeartSite.Serve;

/// <summary>
/// Which open pages a rebuild reloads: each page whose own file changed, or every page when a
/// file pages load changed (a stylesheet, a script, an image). The search index and files no page
/// embeds (feeds, calendars, the newsletters' plain text, robots.txt) reload nothing, so a save
/// reloads the page being edited and the lists that show it, not every open tab.
/// </summary>
public static class ChangedPages
{
    /// <summary>Stands for every page in the list a reload event carries.</summary>
    public const string Every = "*";

    static readonly string[] NotEmbedded = [".html", ".xml", ".ics", ".txt", ".json", ".heartsite-output"];

    /// <summary>The site addresses (base path included) to reload after <paramref name="changedFiles"/> (relative to the output) changed.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> changedFiles, string basePath)
    {
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in changedFiles)
        {
            if (file.StartsWith("pagefind/", StringComparison.Ordinal)) continue;
            if (!NotEmbedded.Any(end => file.EndsWith(end, StringComparison.Ordinal))) return [Every];
            if (file.EndsWith(".html", StringComparison.Ordinal)) pages.Add(UrlOf(file, basePath));
        }
        return [.. pages];
    }

    /// <summary><c>about/index.html</c> → <c>/about/</c> under base path <c>/</c>; the address a browser shows for the file.</summary>
    public static string UrlOf(string file, string basePath)
    {
        var folder = file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return basePath.TrimEnd('/') + "/" + folder;
    }
}
