using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Incremental;

namespace HeartSite.Engine;

/// <summary>What a module may see while it runs: settings, the diagnostics sink, and other pipelines' outputs.</summary>
public sealed class PipelineContext
{
    readonly IReadOnlyDictionary<string, IReadOnlyList<Document>> _visible;

    internal PipelineContext(Pipeline pipeline, Phase phase, BuildSettings settings, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> visible, BuildMemo? memo = null)
    {
        Memo = memo;
        Pipeline = pipeline;
        Phase = phase;
        Settings = settings;
        Diagnostics = diagnostics;
        _visible = visible;
    }

    public Pipeline Pipeline { get; }
    public Phase Phase { get; }
    public BuildSettings Settings { get; }
    public DiagnosticBag Diagnostics { get; }

    /// <summary>What the last run left for an incremental rebuild; null in a plain build.</summary>
    internal BuildMemo? Memo { get; }

    /// <summary>Records what the module running now reports and reads, while the memo watches it.</summary>
    internal Recording? ModuleRecording { get; set; }

    internal IReadOnlyList<Document>? VisibleOrNull(string pipeline) => _visible.GetValueOrDefault(pipeline);

    /// <summary>
    /// The Process output of another pipeline. In the Process phase only declared dependencies are
    /// visible; asking for another pipeline is a wiring mistake and fails loudly.
    /// </summary>
    public IReadOnlyList<Document> OutputsOf(string pipeline)
    {
        if (!_visible.TryGetValue(pipeline, out var documents))
            throw new InvalidOperationException(
                $"Pipeline '{Pipeline.Name}' cannot see '{pipeline}' in the {Phase} phase; declare it in DependsOn.");
        ModuleRecording?.Read(pipeline, documents);
        Recording.OfThisThread?.Read(pipeline, documents);
        return documents;
    }

    /// <summary>The names of the pipelines whose output this phase may see.</summary>
    public IEnumerable<string> VisiblePipelines => _visible.Keys.Order(StringComparer.Ordinal);

    /// <summary>Every document this phase may see, pipeline by pipeline in name order (for sitemaps and search indexes).</summary>
    public IEnumerable<Document> AllVisibleOutputs =>
        _visible.Keys.Order(StringComparer.Ordinal).ToList().SelectMany(OutputsOf);

    public void Report(Diagnostic diagnostic)
    {
        Diagnostics.Add(diagnostic);
        ModuleRecording?.Reported(diagnostic);
        Recording.OfThisThread?.Reported(diagnostic);
    }

    /// <summary>
    /// Runs work for one document and turns an unexpected exception into a plain diagnostic that
    /// names the file, so a bug never reaches an editor as a stack trace.
    /// </summary>
    public T? Guard<T>(Document document, Func<T?> work)
    {
        try
        {
            return work();
        }
        catch (ContentException e)
        {
            Report(e.Diagnostic);
            return default;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Report(new Diagnostic(Severity.Error, "HS9001",
                $"internal error in pipeline '{Pipeline.Name}' while processing this file: {e.Message}",
                "this is a HeartSite bug, not a content problem; please report it with this line",
                document.Source ?? document.Destination));
            return default;
        }
    }
}
