namespace HeartSite.Engine;

/// <summary>
/// The one place a site path (<c>/news/</c>) becomes a link. Everything comes from the base URL
/// (<c>https://example.org/heart/</c>): <see cref="Relative"/> gives <c>/heart/news/</c> for pages,
/// <see cref="Absolute"/> gives <c>https://example.org/heart/news/</c> for feeds, emails,
/// calendars and the sitemap. The base path is the base URL's path, so the two never disagree.
/// </summary>
public sealed class SiteUrls
{
    /// <param name="baseUrl">a full http(s) address; a missing trailing slash is added</param>
    public SiteUrls(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new ArgumentException($"'{baseUrl}' is not a full web address starting with https://", nameof(baseUrl));
        BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
        BasePath = new Uri(BaseUrl).AbsolutePath;
    }

    /// <summary>Used until a site's own base URL is known (an Engine run with no site settings): links stay at the root.</summary>
    public static SiteUrls Root { get; } = new("http://localhost/");

    /// <summary>The published address, ending in <c>/</c>: <c>https://example.org/heart/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The path the site is served under, from <see cref="BaseUrl"/>: <c>/heart/</c>, or <c>/</c>.</summary>
    public string BasePath { get; }

    /// <summary><c>/news/</c> → <c>/heart/news/</c>. Anything that is not a site path (<c>https:</c>, <c>#top</c>, <c>//host</c>) is returned as it is.</summary>
    public string Relative(string sitePath) => IsSitePath(sitePath) ? BasePath.TrimEnd('/') + sitePath : sitePath;

    /// <summary><c>/news/</c> → <c>https://example.org/heart/news/</c>. Anything that is not a site path is returned as it is.</summary>
    public string Absolute(string sitePath) => IsSitePath(sitePath) ? BaseUrl.TrimEnd('/') + sitePath : sitePath;

    static bool IsSitePath(string path) => path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal);
}
