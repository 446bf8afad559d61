using Microsoft.Extensions.FileSystemGlobbing;

namespace HeartSite.Engine.Modules;

/// <summary>Reads text files matching globs under the input root, in ordinal path order (never file-system order).</summary>
public sealed class ReadFiles(params string[] patterns) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Find(context.Settings.InputRoot, patterns)
            .AsParallel().AsOrdered()
            .Select(relative =>
            {
                var full = Path.GetFullPath(Path.Combine(context.Settings.InputRoot, relative));
                return new Document { Source = full, RelativeSource = relative, Content = ReadText(full) };
            })
            .ToList();

    /// <summary>Relative paths (forward slashes) of files under <paramref name="root"/> matching the globs, leaving out editors' temporary files.</summary>
    public static IReadOnlyList<string> Find(string root, IEnumerable<string> patterns)
    {
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        return matcher.GetResultsInFullPath(root)
            .Where(p => !EditorFiles.IsTemporary(p))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads UTF-8 text with line ends made <c>\n</c>, so output never depends on the editor's OS.</summary>
    public static string ReadText(string path) => File.ReadAllText(path).Replace("\r\n", "\n");
}
