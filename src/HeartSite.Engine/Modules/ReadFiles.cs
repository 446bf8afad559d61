using HeartSite.Engine.Incremental;
using HeartSite.Engine.Safety;
using Microsoft.Extensions.FileSystemGlobbing;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Reads text files matching globs under the input root, in ordinal path order (never file-system
/// order). Only regular files are found: a symbolic link is never followed (see <see cref="SourceTree"/>).
/// </summary>
public sealed class ReadFiles(params string[] patterns) : IRereadsOneFile
{
    // In an incremental rebuild: the files found last time, and the document read from each.
    sealed record Read(IReadOnlyList<string> Paths, IReadOnlyDictionary<string, Document> Documents);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var root = context.Settings.InputRoot;
        var memo = context.Memo;
        var previous = memo?.PreviousState<Read>(this);
        var paths = previous is not null && !MayAddOrRemove(previous, root, memo!) ? previous.Paths : Find(root, patterns, context.Settings.InputFiles?.Value);
        var documents = paths.AsParallel().AsOrdered()
            .Select(relative =>
            {
                var full = Path.GetFullPath(Path.Combine(root, relative));
                if (previous is not null && !memo!.MayHaveChanged(full) && previous.Documents.TryGetValue(relative, out var unchanged))
                    return unchanged;
                return context.Guard(new Document { Source = full, RelativeSource = relative },
                    () => new Document { Source = full, RelativeSource = relative, Content = SourceText.Read(full, context.Settings.MaxFileBytes) });
            })
            .OfType<Document>()
            .ToList();
        memo?.KeepState(this, new Read(paths, documents.ToDictionary(d => d.RelativeSource!, StringComparer.Ordinal)));
        return documents;
    }

    public Document Reread(Document previous, PipelineContext context) =>
        new() { Source = previous.Source, RelativeSource = previous.RelativeSource, Content = SourceText.Read(previous.Source!, context.Settings.MaxFileBytes) };

    // Whether a changed path may add a file to the list or take one away (else last run's list stands).
    bool MayAddOrRemove(Read previous, string root, Incremental.BuildMemo memo)
    {
        if (memo.ChangedPaths is not { } changed) return true;
        var known = previous.Paths.ToHashSet(StringComparer.Ordinal);
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        foreach (var path in changed)
        {
            if (!SourceTree.IsInside(root, path)) continue;
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (Directory.Exists(path)) return true;
            var exists = File.Exists(path);
            if (known.Contains(relative) != exists
                && (known.Contains(relative) || matcher.Match(root, [relative]).HasMatches)) return true;
            if (!exists && known.Any(k => k.StartsWith(relative + "/", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>
    /// Relative paths (forward slashes) of files under <paramref name="root"/> matching the globs,
    /// leaving out editors' temporary files; picked from <paramref name="files"/>, the root's regular
    /// files as <see cref="SourceTree.RegularFiles"/> lists them, when the caller has them already.
    /// </summary>
    public static IReadOnlyList<string> Find(string root, IEnumerable<string> patterns, IReadOnlyList<string>? files = null)
    {
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        return matcher.Match(root, files ?? SourceTree.RegularFiles(root)).Files
            .Select(match => match.Path.Replace('\\', '/'))
            .Where(path => !EditorFiles.IsTemporary(path))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads strict UTF-8 text with line ends made <c>\n</c>; a file that cannot be content throws <see cref="Diagnostics.ContentException"/>.</summary>
    public static string ReadText(string path) => SourceText.Read(path);
}
