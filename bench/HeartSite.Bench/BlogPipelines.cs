using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Templates;

namespace HeartSite.Bench;

/// <summary>
/// The pages of the Hugo bench site: one per post at <c>/posts/&lt;slug&gt;/</c>, a tag index at
/// <c>/tags/</c> and one page per tag, the home page listing every post, and the stylesheet.
/// </summary>
public static class BlogPipelines
{
    public static IReadOnlyList<Pipeline> Create(TemplateLibrary templates) =>
    [
        PostsPipeline.Create(templates),
        ListPipelines.Tags(templates),
        ListPipelines.Home(templates),
        new("assets") { Output = { new CopyFiles(s => Path.Combine(s.ThemeRoot, "assets"), "", "*.css") } },
    ];
}
