namespace HeartSite.Engine;

/// <summary>What a build reads from and writes to, and the two inputs that are not files: base path and time.</summary>
public sealed record BuildSettings(string InputRoot, string ThemeRoot, string OutputRoot, string BasePath, DateTimeOffset Now)
{
    /// <summary>The published address (base path included, ending in /) when the deployment decides it; null keeps the site's own setting.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The largest file the build reads (site.yml's <c>max_file_size_kb</c>); bigger ones are HS0206.</summary>
    public long MaxFileBytes { get; init; } = Safety.SourceText.DefaultMaxBytes;

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
