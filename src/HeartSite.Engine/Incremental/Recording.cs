using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine.Incremental;

/// <summary>
/// What one piece of work did besides returning documents: the diagnostics it reported and the
/// other pipelines' outputs it read. A result may be reused only while those outputs are unchanged,
/// and reusing it reports its diagnostics again.
/// </summary>
sealed class Recording
{
    readonly Lock _lock = new();
    readonly List<Diagnostic> _diagnostics = [];
    readonly Dictionary<string, IReadOnlyList<Document>> _reads = new(StringComparer.Ordinal);

    /// <summary>The recording of the document a <see cref="DocumentModule"/> is processing on this thread.</summary>
    [ThreadStatic] internal static Recording? OfThisThread;

    public void Reported(Diagnostic diagnostic)
    {
        lock (_lock) _diagnostics.Add(diagnostic);
    }

    public void Read(string pipeline, IReadOnlyList<Document> documents)
    {
        lock (_lock) _reads[pipeline] = documents;
    }

    /// <summary>Nothing reported and nothing read, as for most documents: nothing to check or replay.</summary>
    public bool IsEmpty
    {
        get { lock (_lock) return _diagnostics.Count == 0 && _reads.Count == 0; }
    }

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get { lock (_lock) return _diagnostics.ToArray(); }
    }

    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<Document>>> Reads
    {
        get { lock (_lock) return _reads.ToArray(); }
    }
}
