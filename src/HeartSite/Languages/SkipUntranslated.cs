using HeartSite.Engine;

namespace HeartSite.Languages;

/// <summary>
/// In a translation's build, drops the originals <see cref="SelectLanguage"/> kept only so lists
/// could name them (<see cref="SelectLanguage.UntranslatedKey"/>). It runs just before the layout:
/// the pipeline's own lists are made by then, and other pipelines still see them (they read the
/// Process output), so a link to one goes to the original's page, marked as in the original's
/// language by <see cref="KeepTranslated"/>. Nothing is laid out that would not be written.
/// </summary>
public sealed class SkipUntranslated : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        inputs.Where(d => !IsUntranslated(d)).ToList();

    public static bool IsUntranslated(Document document) => SelectLanguage.LangOf(document) is not null;
}
