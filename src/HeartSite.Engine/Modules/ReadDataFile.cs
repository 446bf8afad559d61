using System.Collections.Immutable;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Incremental;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Reads a data file such as <c>data/help.yml</c> into one document per record, each checked by
/// <paramref name="schema"/> as front matter is, nested records included. The file is a list
/// (<c>- name: …</c>) or a mapping whose keys name the records (stored under <paramref name="keyName"/>).
/// Each record's document maps its own keys to their lines, and anything missing is reported at the
/// record's list item or key. A missing file means no records; records with errors are dropped.
/// </summary>
public sealed class ReadDataFile(string relativePath, Schema schema, string keyName = "key") : IReadsFiles
{
    public string RelativePath { get; } = relativePath;
    public Schema Schema { get; } = schema;
    public string KeyName { get; } = keyName;

    /// <summary>
    /// Changes the parsed file before its records are checked, given the input root (e.g. lays a
    /// translation over it); it returns the new root and the file the records now come from, or null
    /// for no records at all.
    /// </summary>
    public Func<string, object?, Action<Diagnostic>, (object? Root, string Source)?>? Overlay { get; init; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        [.. inputs, .. Read(context.Settings.InputRoot, context.Report)];

    public IReadOnlyList<Document> Read(string inputRoot, Action<Diagnostic> report)
    {
        var path = Path.GetFullPath(Path.Combine(inputRoot, RelativePath));
        if (!File.Exists(path) || Parse(path, RelativePath, report) is not { } parsed) return [];
        var (root, positions) = parsed;
        if (Overlay is not null)
        {
            if (Overlay(inputRoot, root, report) is not { } laid) return [];
            (root, path) = laid;
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
            if (Schema.ValidateRecord(file, recordPath, value, report) is { } valid)
                documents.Add(key is null ? valid : valid.With(KeyName, key));
        return documents;
    }

    /// <summary>
    /// Reads a data file that is a single record, like <c>data/site.yml</c>, checked by <paramref name="schema"/>:
    /// null (after reporting) when the file is missing, cannot be read or does not fit.
    /// </summary>
    public static Document? ReadRecord(string inputRoot, string relativePath, Schema schema, Action<Diagnostic> report)
    {
        var path = Path.GetFullPath(Path.Combine(inputRoot, relativePath));
        if (Parse(path, relativePath, report) is not { } parsed) return null;
        var file = new Document { Source = path, RelativeSource = relativePath, Map = new SourceMap(parsed.Positions, 1) };
        // An empty file is a record with nothing in it: its required fields are reported as missing.
        if ((parsed.Root ?? new Dictionary<string, object?>()) is not Dictionary<string, object?> values)
        {
            report(Diagnostic.Error("HS0001", $"{relativePath} should be 'name: value' lines, not a list", "remove the '- ' before the settings", file));
            return null;
        }
        return schema.Validate(file with { Metadata = values.ToImmutableDictionary(StringComparer.Ordinal) }, report);
    }

    static (object? Root, ImmutableDictionary<string, SourcePosition> Positions)? Parse(string path, string relativePath, Action<Diagnostic> report)
    {
        try
        {
            return YamlValues.ParseData(ReadFiles.ReadText(path));
        }
        catch (YamlSyntaxException e)
        {
            report(new Diagnostic(Severity.Error, e.Code, e.Message,
                e.Hint ?? $"{relativePath} is YAML; CONTRIBUTING.md shows how it looks", path, e.Position.Line, e.Position.Column));
        }
        catch (ContentException e)
        {
            report(e.Diagnostic);
        }
        return null;
    }
}
