using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Templates;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Renders each document through a theme layout: the document's <c>layout</c> metadata, else
/// <paramref name="defaultLayout"/>. The template sees <c>page</c> (metadata, <c>content</c> and
/// <c>url</c>) plus whatever <paramref name="model"/> adds (site data, lists, navigation).
/// </summary>
public sealed class ApplyLayout(TemplateLibrary templates, string defaultLayout,
    Func<Document, PipelineContext, IReadOnlyDictionary<string, object?>>? model = null) : DocumentModule
{
    public const string LayoutKey = "layout";

    protected override Document? Process(Document document, PipelineContext context)
    {
        var layout = document.GetString(LayoutKey) ?? defaultLayout;
        if (!templates.Has(layout))
        {
            context.Report(Diagnostic.Error("HS0302", $"there is no layout named '{layout}'",
                $"use the name of a file in theme/layouts/ without '{TemplateLibrary.Extension}'", document, LayoutKey));
            return null;
        }
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["page"] = PageModel(document) };
        if (model is not null)
            foreach (var (key, value) in model(document, context)) values[key] = value;
        var html = templates.Render(layout, values, context.Report);
        return html is null ? null : document with { Content = html };
    }

    /// <summary>A document as templates see it: its metadata plus <c>content</c> (its rendered Markdown, trusted) and <c>url</c>.</summary>
    public static Dictionary<string, object?> PageModel(Document document)
    {
        var page = new Dictionary<string, object?>(document.Metadata, StringComparer.Ordinal)
        {
            ["content"] = TrustedHtml.FromSafeSource(document.Content),
        };
        if (document.Destination is not null) page["url"] = SetDestination.UrlOf(document.Destination);
        return page;
    }
}
