using System.Collections.Concurrent;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;

namespace HeartSite.Site;

/// <summary>
/// What a page tells search engines and the apps a link is pasted into: its canonical address and
/// its Open Graph picture. Templates write it as <c>share</c> (see <c>theme/partials/head.sbn-html</c>).
/// </summary>
public sealed record LinkPreview(string Url, string Type, string? Image, int ImageWidth, int ImageHeight, string? ImageAlt);

/// <summary>
/// Makes each page's <see cref="LinkPreview"/>: the page's own <c>image</c> (with <c>image_alt</c>)
/// when it names one, else site.yml's <c>share_image</c>. Both are site paths of a PNG or JPEG in
/// <c>input/assets/</c> or <c>theme/assets/</c>; their size is read from the file, since previews
/// need it. A picture that cannot be used is HS0113 at its setting.
/// </summary>
public sealed class LinkPreviews(SiteData site, SiteUrls? assets = null)
{
    readonly ConcurrentDictionary<string, (int Width, int Height)?> _sizes = new(StringComparer.Ordinal);
    int _defaultReported;

    /// <summary>A site path as an absolute address, from the build's one <see cref="SiteUrls"/>.</summary>
    public string Absolute(string sitePath) => site.Urls.Absolute(sitePath);

    public LinkPreview For(Document document, string url, PipelineContext context)
    {
        var (settings, report) = (context.Settings, (Action<Diagnostic>)context.Report);
        // Newsletter issues and articles carry a date: they are articles; everything else is part of the website.
        var type = document.Metadata.ContainsKey(Content.News.NewsKeys.Date) ? "article" : "website";
        var (image, alt) = OwnImage(document, settings, report) ?? DefaultImage(settings, report);
        var size = image is null ? null : SizeOf(image, settings);
        return new LinkPreview(Absolute(url), type, image is null ? null : (assets ?? site.Urls).Absolute(image), size?.Width ?? 0, size?.Height ?? 0, image is null ? null : alt);
    }

    (string? Path, string? Alt)? OwnImage(Document document, BuildSettings settings, Action<Diagnostic> report)
    {
        if (document.GetString(Publication.Image) is not { } image) return null;
        if (SizeOf(image, settings) is null)
        {
            report(Problem(image, document, Publication.Image));
            return null;
        }
        if (string.IsNullOrWhiteSpace(document.GetString(Publication.ImageAlt)))
        {
            report(Diagnostic.Error("HS0101", $"'{Publication.ImageAlt}' is missing: '{Publication.Image}' needs a description of the picture",
                $"add '{Publication.ImageAlt}: ' and say in one sentence what the picture shows, for people who cannot see it", document, Publication.Image));
            return null;
        }
        return (image, document.GetString(Publication.ImageAlt)!.Trim());
    }

    (string? Path, string? Alt) DefaultImage(BuildSettings settings, Action<Diagnostic> report)
    {
        if (site.ShareImage is not { } image) return (null, null);
        if (SizeOf(image, settings) is not null) return (image, site.ShareImageAlt);
        // Every page falls back to it: say so once.
        if (site.SettingsFile is not null && Interlocked.Exchange(ref _defaultReported, 1) == 0)
            report(Problem(image, site.SettingsFile, SiteData.ShareImageKey));
        return (null, null);
    }

    (int Width, int Height)? SizeOf(string sitePath, BuildSettings settings) => _sizes.GetOrAdd(sitePath, p =>
    {
        if (!p.StartsWith("/assets/", StringComparison.Ordinal) || p.Contains("..", StringComparison.Ordinal)) return null;
        var relative = p["/assets/".Length..];
        // Editors' assets are copied after the theme's, so theirs win at the same address.
        foreach (var root in new[] { settings.InputRoot, settings.ThemeRoot })
        {
            var file = Path.Combine(root, "assets", relative);
            if (File.Exists(file)) return ImageSize.Read(file);
        }
        return null;
    });

    static Diagnostic Problem(string image, Document document, string key) =>
        Diagnostic.Error("HS0113", $"'{key}' names '{image}', which is not a PNG or JPEG picture in input/assets/ or theme/assets/",
            "put the picture (1200 × 630 pixels is best) in input/assets/ and write its address, like /assets/picture.png", document, key);
}
