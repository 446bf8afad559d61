namespace HeartSite.Engine;

/// <summary>What a build reads from and writes to, and the two inputs that are not files: base path and time.</summary>
public sealed record BuildSettings(string InputRoot, string ThemeRoot, string OutputRoot, string BasePath, DateTimeOffset Now)
{
    /// <summary>The published address (base path included, ending in /) when the deployment decides it; null keeps the site's own setting.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The largest file the build reads (site.yml's <c>max_file_size_kb</c>); bigger ones are HS0206.</summary>
    public long MaxFileBytes { get; init; } = Safety.SourceText.DefaultMaxBytes;

    /// <summary>True for previews (<c>serve</c>, <c>build --drafts</c>): files marked <c>draft: true</c> are built too.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>The IANA time zone that local dates in front matter (<c>publish_date</c>, <c>expiry_date</c>) are in.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Told the name of each phase as it starts, for a terminal that should not sit silent; null says nothing.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>A root-relative site path (<c>/news/</c>) as a link under the base path (<c>/heart-site/news/</c>).</summary>
    public string Url(string sitePath)
    {
        if (!sitePath.StartsWith('/') || sitePath.StartsWith("//")) return sitePath;
        return BasePath.TrimEnd('/') + sitePath;
    }

    /// <summary>Normalises a user-supplied base path to a leading and trailing slash.</summary>
    public static string NormaliseBasePath(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
