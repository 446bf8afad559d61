using System.Text;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Joins every <c>*.css</c> in a theme folder, in ordinal file-name order, into one stylesheet, so
/// each content type keeps its styles in its own file while visitors download a single file.
/// </summary>
public sealed class BundleStyles(string themeFolder, string destination) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var folder = Path.Combine(context.Settings.ThemeRoot, themeFolder);
        var css = new StringBuilder();
        foreach (var file in ReadFiles.Find(folder, ["*.css"]))
            css.Append("/* ").Append(file).Append(" */\n").Append(ReadFiles.ReadText(Path.Combine(folder, file)).TrimEnd()).Append('\n');
        return [.. inputs, new Document { Destination = destination, Content = css.ToString() }];
    }
}
