using System.Collections.Concurrent;

namespace HeartSite.Checks;

/// <summary>
/// The whole output folder as the checks see it: every file, every page's outline (its ids and
/// title), and how a link written on one page resolves, the way a browser would under the site's base path.
/// </summary>
public sealed class CheckedSite
{
    readonly IReadOnlyList<CheckedPage> _pages;
    readonly ConcurrentDictionary<string, PageOutline> _outlines;
    readonly Lazy<ILookup<string, string>> _pagesByTitle;
    readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<(string From, string Reference), LinkTarget> _resolved = new();

    /// <summary>
    /// A site of <paramref name="pages"/>, parsed and kept. A site made with none learns of its pages
    /// one by one (<see cref="Add"/>), so each page's parsed document can be let go once it is checked.
    /// </summary>
    public CheckedSite(string root, string basePath, IReadOnlyCollection<string> files, IEnumerable<CheckedPage> pages)
        : this(root, basePath, files, new ConcurrentDictionary<string, PageOutline>(StringComparer.Ordinal),
            pages.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList())
    {
        foreach (var page in _pages) Add(page);
    }

    CheckedSite(string root, string basePath, IReadOnlyCollection<string> files, ConcurrentDictionary<string, PageOutline> outlines,
        IReadOnlyList<CheckedPage> pages)
    {
        Root = root;
        BasePath = basePath;
        Files = files.ToHashSet(StringComparer.Ordinal);
        _pages = pages;
        _outlines = outlines;
        // A redirect page (noindex) is never listed or bookmarked, so its title need not stand out;
        // a page and its translation may share a title ("Trauma"): each language's results are its own.
        _pagesByTitle = new(() => _outlines.Values.Where(p => p.Title.Length > 0 && !p.IsNoIndex)
            .OrderBy(p => p.RelativePath, StringComparer.Ordinal)
            .ToLookup(p => p.TitleKey, p => p.RelativePath, StringComparer.Ordinal));
    }

    /// <summary>The same site with the output's files listed again (after the search index was added to them).</summary>
    public CheckedSite WithFiles(IReadOnlyCollection<string> files) =>
        new(Root, BasePath, files, _outlines, [])
        {
            Now = Now, ReportedLinks = ReportedLinks, ReadingGrade = ReadingGrade, Languages = Languages, TextInMemory = TextInMemory,
        };

    /// <summary>Records what other pages' checks ask about <paramref name="page"/>: its ids and title (its outline).</summary>
    public void Add(CheckedPage page) => _outlines[page.RelativePath] = page.Outline;

    public string Root { get; }

    /// <summary>The clock date-dependent checks judge against: the build's <c>--now</c>.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;

    /// <summary>The path the site is served under, with leading and trailing slashes.</summary>
    public string BasePath { get; }

    /// <summary>Broken links already reported at their source (see <see cref="CheckRequest.ReportedLinks"/>).</summary>
    public IReadOnlySet<string> ReportedLinks { get; init; } = new HashSet<string>();

    /// <summary>The highest reading grade a page may have before <see cref="ReadingLevel"/> warns.</summary>
    public double ReadingGrade { get; init; } = Reading.ReadingMeasure.DefaultGrade;

    /// <summary>site.yml's languages, the default first; empty when the checks run without site data.</summary>
    public IReadOnlyList<Languages.SiteLanguage> Languages { get; init; } = [];

    /// <summary>Every file in the output, relative, with forward slashes.</summary>
    public IReadOnlySet<string> Files { get; }

    /// <summary>The pages the site was made with, parsed, in ordinal path order.</summary>
    public IReadOnlyList<CheckedPage> Pages => _pages;

    /// <summary>The ids and named anchors of the page at <paramref name="relativePath"/>; null when no page there is known.</summary>
    public IReadOnlySet<string>? IdsOf(string relativePath) => _outlines.GetValueOrDefault(relativePath)?.Ids;

    /// <summary>
    /// The other pages that carry the same title as the page at <paramref name="relativePath"/>, in
    /// ordinal order. Asked once every page is known (see <see cref="Finding.Decide"/>).
    /// </summary>
    public IReadOnlyList<string> OtherPagesTitled(string relativePath) =>
        _outlines.GetValueOrDefault(relativePath) is { } page
            ? _pagesByTitle.Value[page.TitleKey].Where(p => p != relativePath).ToList()
            : [];

    /// <summary>Where a file's text comes from when not from the folder: <c>serve</c> checks pages before it writes them.</summary>
    public Func<string, string?>? TextInMemory { get; init; }

    /// <summary>A file's text, read once however many pages link to it (stylesheets, scripts).</summary>
    public string Text(string relativePath) =>
        _texts.GetOrAdd(relativePath, p => TextInMemory?.Invoke(p) ?? File.ReadAllText(Path.Combine(Root, p)));

    public long Size(string relativePath) => System.Text.Encoding.UTF8.GetByteCount(Text(relativePath));

    /// <summary>A file's size on disk, for files that are not text (WebAssembly, compressed index chunks).</summary>
    public long Bytes(string relativePath) => new FileInfo(Path.Combine(Root, relativePath)).Length;

    /// <summary>Where <paramref name="reference"/>, written on <paramref name="page"/>, leads.</summary>
    public LinkTarget Resolve(string reference, CheckedPage page)
    {
        reference = reference.Trim();
        if (LinkTarget.IsElsewhere(reference)) return LinkTarget.Elsewhere;
        // Every page links to the same menu and assets: each link is resolved once. A path from the
        // root leads to the same place from any page; any other reference is resolved per page.
        var from = reference.StartsWith('/') ? "" : page.RelativePath;
        return _resolved.GetOrAdd((from, reference), static (key, state) => state.Site.ResolveFrom(key.Reference, state.Page), (Site: this, Page: page));
    }

    LinkTarget ResolveFrom(string reference, CheckedPage page)
    {
        var pageUri = new Uri(new Uri("http://site.invalid"), BasePath + page.RelativePath);
        if (!Uri.TryCreate(pageUri, reference, out var target) || target.Host != pageUri.Host) return LinkTarget.Elsewhere;

        var path = Uri.UnescapeDataString(target.AbsolutePath);
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        if (!path.StartsWith(BasePath, StringComparison.Ordinal) && path + "/" != BasePath)
            return new LinkTarget(LinkStatus.OutsideBasePath, path, fragment);

        var relative = path.Length <= BasePath.Length ? "" : path[BasePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (Files.Contains(relative)) return new LinkTarget(LinkStatus.Found, relative, fragment);
        // A server answers /about with a redirect to /about/, as GitHub Pages does.
        if (Files.Contains(relative + "/index.html")) return new LinkTarget(LinkStatus.Found, relative + "/index.html", fragment);
        return new LinkTarget(LinkStatus.Missing, relative, fragment);
    }
}

public enum LinkStatus { Elsewhere, Found, Missing, OutsideBasePath }

/// <summary>
/// Where a link leads: <see cref="Path"/> is relative to the output folder when the link stays on the
/// site (the root-relative path when it leaves the base path), and <see cref="Fragment"/> is the
/// part after <c>#</c>, decoded.
/// </summary>
public sealed record LinkTarget(LinkStatus Status, string Path, string? Fragment)
{
    public static readonly LinkTarget Elsewhere = new(LinkStatus.Elsewhere, "", null);

    /// <summary>
    /// Links to other sites, and to phones, mail and inline data, are not files of this site; nor is
    /// an email service's merge tag (the email editions' unsubscribe link), which the service fills in.
    /// </summary>
    public static bool IsElsewhere(string reference) =>
        reference.StartsWith("//", StringComparison.Ordinal) || HasScheme(reference) || IsMergeTag(reference);

    /// <summary>True for a merge tag such as Mailchimp's <c>*|UNSUB|*</c>, <c>{{unsubscribe}}</c> or <c>&lt;%unsubscribe%&gt;</c>.</summary>
    public static bool IsMergeTag(string reference) =>
        reference.Length > 4 && !reference.Contains('/')
        && ((reference.StartsWith("*|", StringComparison.Ordinal) && reference.EndsWith("|*", StringComparison.Ordinal))
            || (reference.StartsWith("{{", StringComparison.Ordinal) && reference.EndsWith("}}", StringComparison.Ordinal))
            || (reference.StartsWith("<%", StringComparison.Ordinal) && reference.EndsWith("%>", StringComparison.Ordinal)));

    /// <summary>True for <c>https://x</c>, <c>mailto:x</c>, <c>tel:988</c>; false for paths.</summary>
    public static bool HasScheme(string reference)
    {
        var colon = reference.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = reference.AsSpan(0, colon);
        return char.IsAsciiLetter(scheme[0]) && !scheme.ContainsAnyExcept(SchemeCharacters);
    }

    static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
}
