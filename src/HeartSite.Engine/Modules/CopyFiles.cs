using HeartSite.Engine.Incremental;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Copies files matching globs under a folder (the theme's or the input's) into the output, byte for
/// byte. Adds one document per file, its content empty, so later modules can list what was copied.
/// </summary>
public sealed class CopyFiles(Func<BuildSettings, string> root, string destinationFolder, params string[] patterns) : IReadsFiles
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var from = root(context.Settings);
        var copied = ReadFiles.Find(from, patterns).AsParallel().AsOrdered().Select(relative =>
        {
            var destination = string.IsNullOrEmpty(destinationFolder) ? relative : $"{destinationFolder.TrimEnd('/')}/{relative}";
            var target = Path.Combine(context.Settings.OutputRoot, destination);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var source = Path.Combine(from, relative);
            // A rebuild into the same output leaves alone a file whose bytes are already there.
            if (!SameBytes(source, target)) File.Copy(source, target, overwrite: true);
            context.Memo?.Written.TryAdd(destination, null);
            return new Document { Source = Path.GetFullPath(source), RelativeSource = relative, Destination = destination };
        });
        return inputs.Concat(copied).ToList();
    }

    static bool SameBytes(string a, string b) =>
        File.Exists(b) && new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
}
