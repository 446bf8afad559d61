using System.Collections.Immutable;

namespace HeartSite.Engine;

/// <summary>
/// One unit of content flowing through a pipeline. Immutable: every change is a copy made with
/// <c>with</c> or the helpers below, so modules running in parallel can never see each other's edits.
/// </summary>
public sealed record Document
{
    /// <summary>Absolute path of the file this came from, or null for generated documents.</summary>
    public string? Source { get; init; }

    /// <summary>Path relative to the input root, with forward slashes (e.g. <c>tip-sheets/barriers.md</c>).</summary>
    public string? RelativeSource { get; init; }

    /// <summary>Output path relative to the site root, with forward slashes (e.g. <c>tip-sheets/barriers/index.html</c>).</summary>
    public string? Destination { get; init; }

    public ImmutableDictionary<string, object?> Metadata { get; init; } =
        ImmutableDictionary.Create<string, object?>(StringComparer.Ordinal);

    public string Content { get; init; } = "";

    /// <summary>Where each front-matter key sits in the source, and the line the body starts on.</summary>
    public SourceMap Map { get; init; } = SourceMap.Empty;

    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public string? GetString(string key) => Get<object>(key)?.ToString();

    public Document With(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document With(IEnumerable<KeyValuePair<string, object?>> items) => this with { Metadata = Metadata.SetItems(items) };

    /// <summary>The position of a front-matter key, falling back to the top of the file.</summary>
    public SourcePosition PositionOf(string key) => Map.Keys.TryGetValue(key, out var p) ? p : Map.Origin;
}

/// <summary>A one-based line and column in a source file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Start = new(1, 1);
}

/// <summary>Front-matter key positions and the first line of the body, for diagnostics.</summary>
public sealed record SourceMap(ImmutableDictionary<string, SourcePosition> Keys, int BodyLine)
{
    /// <summary>Where a problem with no key of its own is reported: a data record's first line, else the file's.</summary>
    public SourcePosition Origin { get; init; } = SourcePosition.Start;

    public static readonly SourceMap Empty = new(ImmutableDictionary<string, SourcePosition>.Empty, 1);
}
