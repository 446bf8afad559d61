using HeartSite.Engine.Safety;
using Microsoft.Extensions.FileSystemGlobbing;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Reads text files matching globs under the input root, in ordinal path order (never file-system
/// order). Only regular files are found: a symbolic link is never followed (see <see cref="SourceTree"/>).
/// </summary>
public sealed class ReadFiles(params string[] patterns) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Find(context.Settings.InputRoot, patterns)
            .AsParallel().AsOrdered()
            .Select(relative =>
            {
                var full = Path.GetFullPath(Path.Combine(context.Settings.InputRoot, relative));
                return context.Guard(new Document { Source = full, RelativeSource = relative },
                    () => new Document { Source = full, RelativeSource = relative, Content = SourceText.Read(full, context.Settings.MaxFileBytes) });
            })
            .OfType<Document>()
            .ToList();

    /// <summary>Relative paths (forward slashes) of files under <paramref name="root"/> matching the globs, leaving out editors' temporary files.</summary>
    public static IReadOnlyList<string> Find(string root, IEnumerable<string> patterns)
    {
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        return matcher.Match(root, SourceTree.RegularFiles(root)).Files
            .Select(match => match.Path.Replace('\\', '/'))
            .Where(path => !EditorFiles.IsTemporary(path))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads strict UTF-8 text with line ends made <c>\n</c>; a file that cannot be content throws <see cref="Diagnostics.ContentException"/>.</summary>
    public static string ReadText(string path) => SourceText.Read(path);
}
