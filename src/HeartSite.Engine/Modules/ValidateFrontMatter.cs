using HeartSite.Engine.FrontMatter;

namespace HeartSite.Engine.Modules;

/// <summary>Checks front matter against a content type's schema; drops documents with errors.</summary>
public sealed class ValidateFrontMatter(Schema schema) : DocumentModule
{
    protected override Document? Process(Document document, PipelineContext context) =>
        schema.Validate(document, context.Report);
}
