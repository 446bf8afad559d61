using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Renders the Markdown body to HTML. The Markdig pipeline is built once and shared; raw HTML is
/// off, so an editor's Markdown can never inject markup or script. Root-relative links are put
/// under the base path. <paramref name="inspect"/> lets a content type look at (or adjust) the
/// parsed tree before rendering, e.g. to report a bad link at its Markdown line.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline? pipeline = null, Action<MarkdownDocument, Document, PipelineContext>? inspect = null)
    : DocumentModule
{
    public static readonly MarkdownPipeline DefaultPipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseListExtras()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .DisableHtml()
        .Build();

    readonly MarkdownPipeline _pipeline = pipeline ?? DefaultPipeline;

    protected override Document? Process(Document document, PipelineContext context)
    {
        var parsed = Markdown.Parse(document.Content, _pipeline);
        inspect?.Invoke(parsed, document, context);
        return document with { Content = ToHtml(parsed, context.Settings) };
    }

    string ToHtml(MarkdownDocument parsed, BuildSettings settings)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { LinkRewriter = settings.Url };
        _pipeline.Setup(renderer);
        renderer.Render(parsed);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The file line of a Markdown block, given the line the body starts on.</summary>
    public static int SourceLine(Document document, MarkdownObject node) => document.Map.BodyLine + node.Line;
}
