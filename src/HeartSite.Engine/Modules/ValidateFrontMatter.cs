using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Checks a content file's front matter against its type's schema plus the fields every content
/// file may have (<see cref="Publication"/>), and keeps only what is on the site at the build's clock:
/// drafts (unless the build includes them), scheduled and expired files are dropped. A draft left
/// out is not checked at all, so it may be half-written; a draft that is built may have an empty
/// body, which a published file may not (HS0109). Documents with errors are dropped.
/// </summary>
public sealed class ValidateFrontMatter(Schema schema) : DocumentModule
{
    readonly Schema _schema = schema.With(Publication.Fields);

    protected override Document? Process(Document document, PipelineContext context)
    {
        var draft = Publication.IsDraft(document);
        if (draft && !context.Settings.IncludeDrafts) return null;
        var valid = _schema.Validate(document, context.Report);
        if (valid is null) return null;
        if (!draft && string.IsNullOrWhiteSpace(valid.Content))
        {
            context.Report(new Diagnostic(Severity.Error, "HS0109", "the file has no text below its settings",
                "write the text after the closing '---' line, or add 'draft: true' while it is unfinished", valid.Source, valid.Map.BodyLine, 1));
            return null;
        }
        var publish = Publication.MomentOf(valid, Publication.PublishDate, context.Settings);
        var expiry = Publication.MomentOf(valid, Publication.ExpiryDate, context.Settings);
        if (publish is not null && expiry <= publish)
        {
            context.Report(Diagnostic.Error("HS0111", "'expiry_date' is not after 'publish_date'",
                "the file would never be on the site: check both dates", valid, Publication.ExpiryDate));
            return null;
        }
        return Publication.StateOf(valid, context.Settings) is PublicationState.Published or PublicationState.Draft ? valid : null;
    }
}
