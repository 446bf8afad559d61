using HeartSite.Engine;
using HeartSite.Engine.Modules;

namespace HeartSite.Content.Assets;

/// <summary>Copies the theme's assets and the editors' assets (images, PDFs) to <c>/assets/</c>, byte for byte.</summary>
public static class AssetsPipeline
{
    public const string Name = "assets";

    public static Pipeline Create() => new(Name)
    {
        Output =
        {
            new CopyFiles(s => Path.Combine(s.ThemeRoot, "assets"), "assets", "**/*"),
            new CopyFiles(s => Path.Combine(s.InputRoot, "assets"), "assets", "**/*"),
        },
    };
}
