using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine.Incremental;

/// <summary>A first module that reads one file into one document, and can read that one file again on its own.</summary>
public interface IRereadsOneFile : IReadsFiles
{
    /// <summary>The document this module would make from <paramref name="previous"/>'s source file as it is now.</summary>
    Document Reread(Document previous, PipelineContext context);
}

/// <summary>
/// Before a rebuild, the page of each saved file is made on its own and written, so the editor
/// sees it without waiting for every document of the site, the lists and the feeds. The file runs
/// through its pipeline's modules alone: a per-document module sees just it, a module that handles
/// the whole list sees last run's list with it in its place, and every other pipeline is seen as
/// last run left it. That is the page the rebuild makes unless the edit also changes what another
/// pipeline shows this page (rare: a title in a list the page itself embeds); the rebuild that
/// follows makes every page, this one included, and writes it again if its bytes differ, so the
/// finished output always equals a whole build's. A page that errs, or a file whose page cannot be
/// told apart this way (a new file, a data file of many records), waits for the rebuild.
/// </summary>
static class SavedPageFirst
{
    /// <summary>At most this many saved files go first; a larger change (a checkout) simply rebuilds.</summary>
    const int MostFiles = 8;

    public static void Write(IReadOnlyList<Pipeline> pipelines, BuildSettings settings, BuildMemo memo)
    {
        if (memo.ChangedPaths is not { Count: > 0 and <= MostFiles } changed || memo.LastProcessed is not { } processed || !memo.SavedPagesDue()) return;
        foreach (var pipeline in pipelines)
            foreach (var source in changed)
                if (Page(pipeline, source, settings, memo, processed) is { } page) memo.WriteAhead(page, settings.OutputRoot);
    }

    static Document? Page(Pipeline pipeline, string source, BuildSettings settings, BuildMemo memo,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> processed)
    {
        if (pipeline.Input.FirstOrDefault() is not IRereadsOneFile reader
            || memo.LastResult(new BuildMemo.Slot(pipeline.Name, Phase.Input, 0)) is not { } read
            || !File.Exists(source)) return null;
        var diagnostics = new DiagnosticBag();
        try
        {
            // One document from the file, or the file is not this pipeline's (Single throws for two, as for a data file).
            if (read.Outputs.SingleOrDefault(d => d.Source == source) is not { } previous) return null;
            var document = reader.Reread(previous, Context(pipeline, Phase.Input, settings, diagnostics, new Dictionary<string, IReadOnlyList<Document>>()));
            document = Through(pipeline, Phase.Input, 1, document, source, settings, diagnostics, memo, new Dictionary<string, IReadOnlyList<Document>>());
            document = Through(pipeline, Phase.Process, 0, document, source, settings, diagnostics, memo,
                pipeline.DependsOn.ToDictionary(d => d, d => processed[d]));
            var visible = processed.ToDictionary(p => p.Key, p => p.Key == pipeline.Name ? InPlace(p.Value, document, source) : p.Value);
            document = Through(pipeline, Phase.PostProcess, 0, document, source, settings, diagnostics, memo, visible);
            return document is { Destination: not null } && !diagnostics.HasErrors ? document : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The page is made by the rebuild, which reports whatever went wrong here.
            return null;
        }
    }

    static Document Through(Pipeline pipeline, Phase phase, int first, Document? document, string source, BuildSettings settings,
        DiagnosticBag diagnostics, BuildMemo memo, IReadOnlyDictionary<string, IReadOnlyList<Document>> visible)
    {
        var modules = pipeline.Modules(phase);
        for (var i = first; i < modules.Count; i++)
        {
            if (document is null || diagnostics.HasErrors) throw new LaneEnded();
            var module = modules[i];
            var context = Context(pipeline, phase, settings, diagnostics, visible);
            IReadOnlyList<Document> inputs = module is DocumentModule
                ? [document]
                : memo.LastResult(new BuildMemo.Slot(pipeline.Name, phase, i)) is { } last ? InPlace(last.Inputs, document, source) : throw new LaneEnded();
            document = module.Execute(inputs, context).SingleOrDefault(d => d.Source == source);
        }
        return document ?? throw new LaneEnded();
    }

    // Last run's list with the saved file's document in its place.
    static IReadOnlyList<Document> InPlace(IReadOnlyList<Document> documents, Document document, string source)
    {
        var index = -1;
        for (var i = 0; i < documents.Count; i++)
            if (documents[i].Source == source) { if (index >= 0) throw new LaneEnded(); index = i; }
        if (index < 0) throw new LaneEnded();
        var list = documents.ToArray();
        list[index] = document;
        return list;
    }

    static PipelineContext Context(Pipeline pipeline, Phase phase, BuildSettings settings, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> visible) => new(pipeline, phase, settings, diagnostics, visible);

    sealed class LaneEnded : Exception;
}
