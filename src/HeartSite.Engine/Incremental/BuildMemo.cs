using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine.Incremental;

/// <summary>
/// What an engine keeps between runs so a rebuild after an edit redoes only the work the edit
/// affects (<c>serve</c>). Every module's result is remembered with its input documents and the
/// other pipelines' outputs it read; a document module's result is remembered per document. A later
/// run reuses a result while those are the same objects, reporting its diagnostics again. Unchanged
/// source files keep last run's document objects, and a new document equal to last run's is
/// replaced by it, so "the same object" follows "the same content" through the pipelines.
/// Any change of settings or pipelines (a template, <c>site.yml</c>) needs a new memo.
/// </summary>
public sealed class BuildMemo
{
    sealed record ModuleResult(IReadOnlyList<Document> Inputs, Recording Recording, IReadOnlyList<Document> Outputs);
    sealed record DocumentResult(Document? Output, Recording Recording);
    internal readonly record struct Slot(string Pipeline, Phase Phase, int Index);

    Generation _last = new(), _next = new();
    BuildSettings? _settings;
    HashSet<string>? _changed = [];
    readonly ConcurrentDictionary<(object, object), bool> _sameLists = new(new PairByReference());

    sealed class Generation
    {
        public readonly ConcurrentDictionary<Slot, ModuleResult> Modules = new();
        public readonly ConcurrentDictionary<IModule, ConcurrentDictionary<Document, DocumentResult>> Documents = new(ReferenceEqualityComparer.Instance);
        public readonly ConcurrentDictionary<IModule, object> States = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>Each file the last successful run wrote (relative to the output) → its content; null for a copied file.</summary>
    internal ConcurrentDictionary<string, string?> Written { get; } = new(StringComparer.Ordinal);

    /// <summary>Told of each page written ahead of the rest of a run (its destination relative to the output, its content), so a preview can show it at once.</summary>
    public Action<string, string>? WroteAhead { get; set; }

    // Pages written ahead of the rest of the output (see WriteEarly) → their content before, null when there was none.
    readonly ConcurrentDictionary<string, string?> _early = new(StringComparer.Ordinal);

    /// <summary>Tells the memo which files changed since the last run (absolute paths, files or folders); null when unknown.</summary>
    public void Changed(IEnumerable<string>? paths)
    {
        if (paths is null) _changed = null;
        else _changed?.UnionWith(paths.Select(Path.GetFullPath));
    }

    /// <summary>True when <paramref name="path"/> (absolute) may differ from what the last successful run read.</summary>
    public bool MayHaveChanged(string path) =>
        _changed is null || _changed.Contains(path) || _changed.Any(c => path.StartsWith(c + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    /// <summary>The changed paths, or null when unknown (everything may have changed).</summary>
    public IReadOnlyCollection<string>? ChangedPaths => _changed;

    /// <summary>The output was moved (a staging folder swapped in): what was written there is now under <paramref name="outputRoot"/>.</summary>
    public void Moved(string outputRoot)
    {
        if (_settings is not null) _settings = _settings with { OutputRoot = outputRoot };
    }

    /// <summary>Starts a run; a run with other settings than the last starts from nothing (the terminal and each run's listing of the input are not settings).</summary>
    internal void Begin(BuildSettings settings)
    {
        settings = settings with { Progress = null, InputFiles = null };
        if (_settings is not null && _settings != settings)
        {
            _last = new Generation();
            Written.Clear();
            LastProcessed = null;
            _changed = null;
        }
        _settings = settings;
        _next = new Generation();
        _sameLists.Clear();
    }

    /// <summary>Each pipeline's Process output in the last successful run, for making a saved page first (<see cref="SavedPageFirst"/>).</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<Document>>? LastProcessed { get; private set; }

    bool _savedPagesWritten;

    /// <summary>True the first time it is asked in a run: the saved pages go first once.</summary>
    internal bool SavedPagesDue()
    {
        if (_savedPagesWritten) return false;
        _savedPagesWritten = true;
        return true;
    }

    /// <summary>A module's result in the last successful run.</summary>
    internal (IReadOnlyList<Document> Inputs, IReadOnlyList<Document> Outputs)? LastResult(Slot slot) =>
        _last.Modules.TryGetValue(slot, out var result) ? (result.Inputs, result.Outputs) : null;

    /// <summary>Ends a run. A successful one becomes what the next run compares with; a failed one is forgotten.</summary>
    internal void End(bool succeeded, string outputRoot, IReadOnlyDictionary<string, IReadOnlyList<Document>> processed)
    {
        if (!succeeded) RollBack(outputRoot);
        _early.Clear();
        _savedPagesWritten = false;
        if (!succeeded) return;
        LastProcessed = processed;
        _last = _next;
        _next = new Generation();
        _changed = [];
        _sameLists.Clear();
    }

    /// <summary>A module-specific state from the last successful run (e.g. the files it read).</summary>
    public T? PreviousState<T>(IModule module) where T : class => _last.States.GetValueOrDefault(module) as T;

    public void KeepState(IModule module, object state) => _next.States[module] = state;

    internal IReadOnlyList<Document> RunModule(Slot slot, IModule module, IReadOnlyList<Document> inputs, PipelineContext context,
        Func<IReadOnlyList<Document>> run)
    {
        var previous = _last.Modules.GetValueOrDefault(slot);
        if (previous is not null && module is not IReadsFiles && SameList(previous.Inputs, inputs) && ReadsUnchanged(previous.Recording, context))
        {
            Replay(previous.Recording, context);
            _next.Modules[slot] = previous;
            // Its per-document results stay valid for the next run, which may need only some of them.
            if (_last.Documents.TryGetValue(module, out var documents)) _next.Documents[module] = documents;
            return previous.Outputs;
        }
        var recording = new Recording();
        context.ModuleRecording = recording;
        IReadOnlyList<Document> outputs;
        try { outputs = run(); }
        finally { context.ModuleRecording = null; }
        outputs = Interning.Intern(previous?.Outputs, outputs);
        _next.Modules[slot] = new ModuleResult(inputs, recording, outputs);
        return outputs;
    }

    /// <summary>
    /// A document module's run: reused results are looked up one after another (cheap), and only the
    /// documents that must run again are spread over the cores. Output order follows input order.
    /// </summary>
    internal IReadOnlyList<Document> RunDocuments(IModule module, IReadOnlyList<Document> inputs, PipelineContext context,
        Func<Document, Document?> run)
    {
        var outputs = new Document?[inputs.Count];
        var again = new List<int>();
        var previous = _last.Documents.GetValueOrDefault(module);
        var kept = Kept(module);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (previous?.GetValueOrDefault(inputs[i]) is { } result && (result.Recording.IsEmpty || ReadsUnchanged(result.Recording, context)))
            {
                if (!result.Recording.IsEmpty) Replay(result.Recording, context);
                kept[inputs[i]] = result;
                outputs[i] = result.Output;
            }
            else again.Add(i);
        }
        again.AsParallel().ForAll(i => outputs[i] = RunDocument(module, inputs[i], context, () => run(inputs[i])));
        return outputs.OfType<Document>().ToList();
    }

    Document? RunDocument(IModule module, Document input, PipelineContext context, Func<Document?> run)
    {
        var recording = new Recording();
        var outer = Recording.OfThisThread;
        Recording.OfThisThread = recording;
        Document? output;
        try { output = run(); }
        finally { Recording.OfThisThread = outer; }
        Keep(module, input, new DocumentResult(output, recording));
        return output;
    }

    void Keep(IModule module, Document input, DocumentResult result) => Kept(module)[input] = result;

    ConcurrentDictionary<Document, DocumentResult> Kept(IModule module) =>
        _next.Documents.GetOrAdd(module, _ => new ConcurrentDictionary<Document, DocumentResult>(ReferenceEqualityComparer.Instance));

    static void Replay(Recording recording, PipelineContext context)
    {
        foreach (var diagnostic in recording.Diagnostics) context.Report(diagnostic);
        // Reads are replayed too, so an enclosing module's recording knows them.
        foreach (var (pipeline, _) in recording.Reads) context.OutputsOf(pipeline);
    }

    bool ReadsUnchanged(Recording recording, PipelineContext context)
    {
        foreach (var (pipeline, documents) in recording.Reads)
            if (context.VisibleOrNull(pipeline) is not { } now || !SameList(documents, now)) return false;
        return true;
    }

    bool SameList(IReadOnlyList<Document> a, IReadOnlyList<Document> b) =>
        ReferenceEquals(a, b) || _sameLists.GetOrAdd((a, b), _ => a.Count == b.Count && a.Zip(b).All(p => ReferenceEquals(p.First, p.Second)));

    /// <summary>
    /// Writes at once the pages built from the files that changed, once their pipeline has laid
    /// them out, so an editor sees the page they saved before the lists and feeds that show it are
    /// done. Should the run fail after all, <see cref="End"/> puts back what was there.
    /// </summary>
    internal void WriteEarly(IEnumerable<Document> documents, string outputRoot)
    {
        if (_changed is null) return;
        foreach (var document in documents)
            if (document.Source is { } source && MayHaveChanged(source)) WriteAhead(document, outputRoot);
    }

    /// <summary>Writes <paramref name="document"/> ahead of the rest of the output, unless its file already holds it; <see cref="End"/> puts it back should the run fail.</summary>
    internal void WriteAhead(Document document, string outputRoot)
    {
        if (document.Destination is not { } destination) return;
        var before = Written.GetValueOrDefault(destination);
        if (string.Equals(before, document.Content, StringComparison.Ordinal)) return;
        _early.TryAdd(destination, before);
        Modules.WriteFiles.Write(outputRoot, destination, document.Content);
        Written[destination] = document.Content;
        WroteAhead?.Invoke(destination, document.Content);
    }

    void RollBack(string outputRoot)
    {
        foreach (var (destination, before) in _early)
        {
            if (before is null)
            {
                File.Delete(Path.Combine(outputRoot, destination));
                Written.TryRemove(destination, out _);
            }
            else
            {
                Modules.WriteFiles.Write(outputRoot, destination, before);
                Written[destination] = before;
            }
        }
    }

    /// <summary>
    /// After a run that wrote its output: deletes the files the last run wrote that this one did not
    /// produce (a deleted or moved page), and empty folders they leave.
    /// </summary>
    internal void RemoveStale(IEnumerable<Document> outputs, string outputRoot)
    {
        var produced = outputs.Where(d => d.Destination is not null).Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Written.Keys.Where(d => !produced.Contains(d)).ToList())
        {
            Written.TryRemove(stale, out _);
            var path = Path.Combine(outputRoot, stale);
            File.Delete(path);
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > outputRoot.Length
                 && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
                Directory.Delete(folder);
        }
    }

    sealed class PairByReference : IEqualityComparer<(object, object)>
    {
        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);
        public int GetHashCode((object, object) pair) => HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}

/// <summary>A module that reads or copies files itself: its result is never reused whole, since the memo cannot see those files change.</summary>
public interface IReadsFiles : IModule;
