using HeartSite.Engine;
using HeartSite.Engine.Modules;

namespace HeartSite.Content.Assets;

/// <summary>
/// The files pages link to: <c>theme/css/*.css</c> bundled into <c>/assets/site.css</c>, and the
/// theme's and editors' assets (images, scripts, PDFs) copied to <c>/assets/</c> byte for byte, and
/// the theme's <c>favicon.ico</c> to the site root.
/// </summary>
public static class AssetsPipeline
{
    public const string Name = "assets";
    public const string StylesheetPath = "assets/site.css";

    public static Pipeline Create() => new(Name)
    {
        Process = { new BundleStyles("css", StylesheetPath) },
        Output =
        {
            new WriteFiles(),
            new CopyFiles(s => Path.Combine(s.ThemeRoot, "assets"), "assets", "**/*"),
            new CopyFiles(s => Path.Combine(s.InputRoot, "assets"), "assets", "**/*"),
            // Browsers ask for /favicon.ico at the site root whatever the page says; answer them.
            new CopyFiles(s => Path.Combine(s.ThemeRoot, "assets"), "", "favicon.ico"),
        },
    };
}
