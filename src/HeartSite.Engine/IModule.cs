namespace HeartSite.Engine;

/// <summary>A step of a pipeline: takes documents, returns documents. Small and single-purpose.</summary>
public interface IModule
{
    IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context);
}

/// <summary>
/// A module that handles each document on its own, so the engine may run documents in parallel.
/// Returning null drops the document. Output order always follows input order.
/// </summary>
public abstract class DocumentModule : IModule
{
    protected abstract Document? Process(Document document, PipelineContext context);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        context.Memo is { } memo
            ? memo.RunDocuments(this, inputs, context, document => context.Guard(document, () => Process(document, context)))
            : inputs.AsParallel().AsOrdered()
                .Select(document => context.Guard(document, () => Process(document, context)))
                .Where(document => document is not null)
                .Select(document => document!)
                .ToList();
}

/// <summary>A module made from a function, for one-line steps that do not deserve a class.</summary>
public sealed class Transform(Func<IReadOnlyList<Document>, PipelineContext, IEnumerable<Document>> transform) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        transform(inputs, context).ToList();
}

/// <summary>A per-document module made from a function.</summary>
public sealed class ForEach(Func<Document, PipelineContext, Document?> process) : DocumentModule
{
    protected override Document? Process(Document document, PipelineContext context) => process(document, context);
}
