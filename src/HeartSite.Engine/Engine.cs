using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Incremental;

namespace HeartSite.Engine;

/// <summary>The outcome of a run: every diagnostic, and each pipeline's final documents.</summary>
public sealed record EngineResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>A run stopped after its Process phase (see <see cref="Engine.Process"/>): what <see cref="Engine.Finish"/> goes on from.</summary>
public sealed record ProcessedRun(BuildSettings Settings, DiagnosticBag Diagnostics, BuildMemo? Memo,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Documents);

/// <summary>A pipeline wiring mistake found before anything runs: a cycle, an unknown dependency, a duplicate name.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);

/// <summary>
/// Runs pipelines phase by phase. Within a phase independent pipelines run in parallel; in the
/// Process phase a pipeline starts as soon as the pipelines it depends on have finished.
/// </summary>
public sealed class Engine
{
    readonly IReadOnlyList<Pipeline> _pipelines;

    // A pipeline mostly waits for its per-document work, which runs on the thread pool too. Beyond
    // its minimum the pool adds a thread only about once a second, which would stall a build whose
    // pipelines all wait at once; below it, a thread at once. A thread of its own for each pipeline
    // and phase cost a build about 240 thread starts; the pool's threads serve every phase.
    static Engine()
    {
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumThreads), completion);
    }

    /// <summary>More than a build's pipelines and their work ever block at once.</summary>
    const int MinimumThreads = 64;

    public Engine(IEnumerable<Pipeline> pipelines)
    {
        _pipelines = pipelines.ToList();
        Order = DependencyOrder(_pipelines);
    }

    /// <summary>The pipelines in an order where each comes after everything it depends on.</summary>
    public IReadOnlyList<Pipeline> Order { get; }

    /// <param name="memo">
    /// what the last run with this engine left, for an incremental rebuild: unchanged work is reused,
    /// only files whose content changed are written, and files no longer produced are deleted
    /// </param>
    /// <param name="beforeOutput">checks the laid-out documents before anything is written; an error it returns stops the output</param>
    public EngineResult Run(BuildSettings settings, DiagnosticBag? diagnostics = null, BuildMemo? memo = null,
        Func<IReadOnlyDictionary<string, IReadOnlyList<Document>>, IEnumerable<Diagnostic>>? beforeOutput = null) =>
        Finish(Process(settings, diagnostics ?? new DiagnosticBag(), memo), beforeOutput);

    /// <summary>
    /// The first half of <see cref="Run"/>: the Input and Process phases. A caller that must learn
    /// something from every pipeline's processed documents before anything is laid out (which pages
    /// another build will have) finishes the run afterwards with <see cref="Finish"/>.
    /// </summary>
    public ProcessedRun Process(BuildSettings settings, DiagnosticBag diagnostics, BuildMemo? memo = null)
    {
        if (settings.InputFiles is null) settings = settings.ListingInput();
        memo?.Begin(settings);
        if (memo is not null) SavedPageFirst.Write(_pipelines, settings, memo);
        var empty = new Dictionary<string, IReadOnlyList<Document>>();

        settings.Progress?.Invoke("Reading content files");
        var inputs = RunAll(Phase.Input, settings, diagnostics, memo, _ => [], _ => empty);
        settings.Progress?.Invoke("Rendering pages");
        return new ProcessedRun(settings, diagnostics, memo, RunProcess(settings, diagnostics, memo, inputs));
    }

    /// <summary>
    /// The second half of <see cref="Run"/>: PostProcess and Output over <paramref name="run"/>'s
    /// documents, which may come from another engine whose pipelines have the same names.
    /// </summary>
    public EngineResult Finish(ProcessedRun run, Func<IReadOnlyDictionary<string, IReadOnlyList<Document>>, IEnumerable<Diagnostic>>? beforeOutput = null)
    {
        var (settings, diagnostics, memo, processed) = run;
        settings.Progress?.Invoke("Laying out pages, lists and feeds");
        var post = RunAll(Phase.PostProcess, settings, diagnostics, memo, p => processed[p.Name], _ => processed,
            documents => { if (!diagnostics.HasErrors) memo?.WriteEarly(documents, settings.OutputRoot); });
        foreach (var problem in Safety.Destinations.Check(post)) diagnostics.Add(problem);
        if (!diagnostics.HasErrors && beforeOutput is not null)
            foreach (var problem in beforeOutput(post)) diagnostics.Add(problem);
        if (!diagnostics.HasErrors) settings.Progress?.Invoke("Writing files");
        var outputs = diagnostics.HasErrors
            ? post
            : RunAll(Phase.Output, settings, diagnostics, memo, p => post[p.Name], _ => post);
        var succeeded = !diagnostics.HasErrors;
        if (succeeded) memo?.RemoveStale(outputs.Values.SelectMany(d => d), settings.OutputRoot);
        memo?.End(succeeded, settings.OutputRoot, processed);
        return new EngineResult(diagnostics.Sorted(), outputs);
    }

    /// <summary>
    /// Writes the page of each file saved since <paramref name="memo"/>'s last run, made on its own
    /// (see <see cref="SavedPageFirst"/>), for a caller with other work to do before <see cref="Run"/>;
    /// that run then does not make them again first.
    /// </summary>
    public void WriteSavedPages(BuildSettings settings, BuildMemo memo)
    {
        memo.Begin(settings);
        SavedPageFirst.Write(_pipelines, settings, memo);
    }

    Dictionary<string, IReadOnlyList<Document>> RunAll(Phase phase, BuildSettings settings, DiagnosticBag diagnostics, BuildMemo? memo,
        Func<Pipeline, IReadOnlyList<Document>> inputsOf,
        Func<Pipeline, IReadOnlyDictionary<string, IReadOnlyList<Document>>> visibleTo,
        Action<IReadOnlyList<Document>>? finished = null)
    {
        var tasks = _pipelines.Select(pipeline => Task.Run(() =>
        {
            var documents = RunPhase(pipeline, phase, inputsOf(pipeline),
                new PipelineContext(pipeline, phase, settings, diagnostics, visibleTo(pipeline), memo));
            finished?.Invoke(documents);
            return documents;
        })).ToArray();
        Task.WaitAll(tasks);
        return _pipelines.Select((p, i) => (p.Name, tasks[i].Result)).ToDictionary(x => x.Name, x => x.Item2);
    }

    Dictionary<string, IReadOnlyList<Document>> RunProcess(BuildSettings settings, DiagnosticBag diagnostics, BuildMemo? memo,
        Dictionary<string, IReadOnlyList<Document>> inputs)
    {
        var tasks = new Dictionary<string, Task<IReadOnlyList<Document>>>();
        foreach (var pipeline in Order)
        {
            var dependencies = pipeline.DependsOn.Select(d => tasks[d]).ToArray();
            tasks[pipeline.Name] = Task.WhenAll(dependencies).ContinueWith(_ =>
            {
                var visible = pipeline.DependsOn.ToDictionary(d => d, d => tasks[d].Result);
                var context = new PipelineContext(pipeline, Phase.Process, settings, diagnostics, visible, memo);
                return RunPhase(pipeline, Phase.Process, inputs[pipeline.Name], context);
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
        Task.WaitAll(tasks.Values.ToArray());
        return tasks.ToDictionary(t => t.Key, t => t.Value.Result);
    }

    static IReadOnlyList<Document> RunPhase(Pipeline pipeline, Phase phase, IReadOnlyList<Document> documents, PipelineContext context)
    {
        var modules = pipeline.Modules(phase);
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            var inputs = documents;
            try
            {
                documents = context.Memo is { } memo
                    ? memo.RunModule(new BuildMemo.Slot(pipeline.Name, phase, i), module, inputs, context, () => module.Execute(inputs, context))
                    : module.Execute(inputs, context);
            }
            catch (ContentException e)
            {
                context.Report(e.Diagnostic);
                return [];
            }
            catch (Exception e) when (e is not PipelineConfigurationException)
            {
                context.Report(new Diagnostic(Severity.Error, "HS9000",
                    $"internal error in pipeline '{pipeline.Name}', module {module.GetType().Name}, {phase} phase: {e.Message}",
                    "this is a HeartSite bug, not a content problem; please report it with this line"));
                return [];
            }
        }
        return documents;
    }

    /// <summary>Orders pipelines by dependency (stable: declaration order breaks ties) and rejects cycles.</summary>
    static IReadOnlyList<Pipeline> DependencyOrder(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var p in pipelines)
            if (!byName.TryAdd(p.Name, p)) throw new PipelineConfigurationException($"Two pipelines are named '{p.Name}'.");
        foreach (var p in pipelines)
            foreach (var d in p.DependsOn.Where(d => !byName.ContainsKey(d)))
                throw new PipelineConfigurationException($"Pipeline '{p.Name}' depends on '{d}', which does not exist.");

        var order = new List<Pipeline>();
        var state = new Dictionary<string, bool>(); // false = visiting, true = done
        void Visit(Pipeline p, Stack<string> path)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (done) return;
                var cycle = path.Reverse().SkipWhile(n => n != p.Name).Append(p.Name);
                throw new PipelineConfigurationException($"Pipeline dependency cycle: {string.Join(" -> ", cycle)}.");
            }
            state[p.Name] = false;
            path.Push(p.Name);
            foreach (var d in p.DependsOn) Visit(byName[d], path);
            path.Pop();
            state[p.Name] = true;
            order.Add(p);
        }
        foreach (var p in pipelines) Visit(p, new Stack<string>());
        return order;
    }
}
