using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;

namespace HeartSite.Site;

/// <summary>
/// The links site.yml gives (the menu, a <c>contact_url</c> on this site), checked once against the built site and reported at their line in site.yml
/// (HS0701, or HS0702 for a #fragment the page lacks). The links as pages write them are handed to the page checks as already reported, so
/// one broken menu link is one error, not one on every page.
/// </summary>
public static class NavigationLinks
{
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> Reported);

    /// <param name="root">the built site, served under <paramref name="site"/>'s base path</param>
    public static Result Check(SiteData? site, string root)
    {
        var diagnostics = new List<Diagnostic>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        if (site?.Document is null) return new Result(diagnostics, reported);
        var links = site.Navigation.Select((item, i) => (What: $"the menu entry '{item.Title}'", item.Url, Key: $"navigation[{i}].url"))
            .Append((What: "'contact_url'", Url: site.ContactUrl, Key: "contact_url"));
        foreach (var (what, url, key) in links.Where(l => l.Url.StartsWith('/')))
        {
            var path = url.Split('#', '?')[0];
            var file = Path.Combine(root, SetDestination.FileOf(path));
            if (!File.Exists(file))
            {
                reported.Add(site.Urls.Relative(url));
                diagnostics.Add(Diagnostic.Error("HS0701", $"{what} links to {url}, which is not a page of this site",
                    Suggestion(path, root), site.Document, key));
            }
            else if (MissingFragment(url, file) is { } fragment)
            {
                reported.Add(site.Urls.Relative(url));
                diagnostics.Add(Diagnostic.Error("HS0702", $"{what} links to {url}, but {path} has no heading or element with id '{fragment}'",
                    "headings get ids from their text (## Stay in touch → #stay-in-touch); check the spelling, or leave out the # part", site.Document, key));
            }
        }
        return new Result(diagnostics, reported);
    }

    static string? MissingFragment(string url, string file)
    {
        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : url[(hash + 1)..];
        if (fragment is "" or "top") return null;
        var page = Checks.CheckedPage.Parse(file, File.ReadAllText(file), null);
        return page.Ids.Contains(fragment) ? null : fragment;
    }

    static string Suggestion(string path, string root)
    {
        var known = Directory.GetFiles(root, "index.html", SearchOption.AllDirectories)
            .Select(f => SetDestination.UrlOf(Path.GetRelativePath(root, f).Replace('\\', '/'))).Order(StringComparer.Ordinal);
        return Engine.FrontMatter.Suggestions.Closest(path, known) is { } closest
            ? $"did you mean {closest}? Write the address of a page of this site, ending in /"
            : "write the address of a page of this site, ending in /, like /tip-sheets/";
    }
}
