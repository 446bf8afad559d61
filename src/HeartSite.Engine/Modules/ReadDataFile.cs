using System.Collections.Immutable;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Reads a data file such as <c>data/help.yml</c> into one document per record, each checked by
/// <paramref name="schema"/> as front matter is, nested records included. The file is a list
/// (<c>- name: …</c>) or a mapping whose keys name the records (stored under <paramref name="keyName"/>).
/// Each record's document maps its own keys to their lines, and anything missing is reported at the
/// record's list item or key. A missing file means no records; records with errors are dropped.
/// </summary>
public sealed class ReadDataFile(string relativePath, Schema schema, string keyName = "key") : IModule
{
    public string RelativePath { get; } = relativePath;

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        [.. inputs, .. Read(context.Settings.InputRoot, context.Report)];

    public IReadOnlyList<Document> Read(string inputRoot, Action<Diagnostic> report)
    {
        var path = Path.GetFullPath(Path.Combine(inputRoot, RelativePath));
        if (!File.Exists(path)) return [];
        object? root;
        ImmutableDictionary<string, SourcePosition> positions;
        try
        {
            (root, positions) = YamlValues.ParseData(ReadFiles.ReadText(path));
        }
        catch (YamlSyntaxException e)
        {
            report(new Diagnostic(Severity.Error, e.Code, e.Message,
                e.Hint ?? $"{RelativePath} is YAML; CONTRIBUTING.md shows how it looks", path, e.Position.Line, e.Position.Column));
            return [];
        }
        var file = new Document { Source = path, RelativeSource = RelativePath, Map = new SourceMap(positions, 1) };
        // A list's records are named [0], [1]…; a mapping's by their keys, in file order.
        var records = root switch
        {
            List<object?> list => list.Select((value, i) => (Path: $"[{i}]", Key: (string?)null, Value: value)),
            Dictionary<string, object?> map => map.Select(kv => (Path: kv.Key, Key: (string?)kv.Key, kv.Value)),
            _ => [],
        };
        var documents = new List<Document>();
        foreach (var (recordPath, key, value) in records)
            if (schema.ValidateRecord(file, recordPath, value, report) is { } valid)
                documents.Add(key is null ? valid : valid.With(keyName, key));
        return documents;
    }
}
