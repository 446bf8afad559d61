namespace HeartSite.Engine;

/// <summary>What a build reads from and writes to, and the two inputs that are not files: the published address and time.</summary>
public sealed record BuildSettings(string InputRoot, string ThemeRoot, string OutputRoot, DateTimeOffset Now)
{
    /// <summary>The published address (base path included, ending in /) when the deployment decides it; null keeps the site's own setting.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Every link the build writes, from the site's base URL (<see cref="BaseUrl"/> or the site's setting) once it is known.</summary>
    public SiteUrls Urls { get; init; } = SiteUrls.Root;

    /// <summary>The largest file the build reads (site.yml's <c>max_file_size_kb</c>); bigger ones are HS0206.</summary>
    public long MaxFileBytes { get; init; } = Safety.SourceText.DefaultMaxBytes;

    /// <summary>True for previews (<c>serve</c>, <c>build --drafts</c>): files marked <c>draft: true</c> are built too.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>The IANA time zone that local dates in front matter (<c>publish_date</c>, <c>expiry_date</c>) are in.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>
    /// The regular files under <see cref="InputRoot"/> (relative, forward slashes), listed once for a
    /// whole run, which every pipeline and language reading content picks from; null until a run
    /// begins (<see cref="ListingInput"/>). A listing costs a system call per file, and a build has
    /// about twenty readers.
    /// </summary>
    public Lazy<IReadOnlyList<string>>? InputFiles { get; init; }

    /// <summary>These settings with a fresh listing of the input folder, made when first asked, for one run.</summary>
    public BuildSettings ListingInput() => this with { InputFiles = new(() => Safety.SourceTree.RegularFiles(InputRoot)) };

    /// <summary>Told the name of each phase as it starts, for a terminal that should not sit silent; null says nothing.</summary>
    public Action<string>? Progress { get; init; }
}
