using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Safety;
using Markdig;
using Markdig.Syntax;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Renders the Markdown body to HTML with the site's one Markdig <see cref="Pipeline"/>. Before
/// rendering, <see cref="MarkdownSafety"/> reports every refused link (HS0201, HS0202), raw HTML
/// tag (HS0203) and too-deep nesting (HS0205) at its line; allowed raw HTML is cleaned, so an
/// editor's Markdown can never inject markup or script. Root-relative links are put under the
/// base path. <paramref name="inspect"/> lets a content type look at (or adjust) the parsed tree
/// before rendering, e.g. to report a bad link at its Markdown line.
/// </summary>
public sealed class RenderMarkdown(Action<MarkdownDocument, Document, PipelineContext>? inspect = null)
    : DocumentModule
{
    /// <summary>
    /// The site's one Markdig configuration, for pages and for Markdown shown elsewhere (an article
    /// inside an issue, an email, a feed), so a page reads the same wherever it is shown.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseListExtras()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    // A refused body keeps its document (with no content), so other pipelines that refer to it
    // report nothing spurious; the errors already stop the build.
    protected override Document? Process(Document document, PipelineContext context)
    {
        var parsed = MarkdownSafety.Parse(document.Content, Pipeline, out var tooDeep);
        if (parsed is null)
        {
            Report(tooDeep!, document, context);
            return document with { Content = "" };
        }
        try
        {
            var problems = MarkdownSafety.Check(parsed).ToList();
            foreach (var problem in problems) Report(problem, document, context);
            if (problems.Count > 0) return document with { Content = "" };
            inspect?.Invoke(parsed, document, context);
            return document with { Content = MarkdownSafety.ToHtml(parsed, Pipeline, context.Settings.Urls.Relative) };
        }
        catch (Exception e) when (MarkdownSafety.IsDepthLimit(e))
        {
            Report(MarkdownSafety.TooDeepProblem, document, context);
            return document with { Content = "" };
        }
    }

    static void Report(MarkdownSafety.Problem problem, Document document, PipelineContext context) =>
        context.Report(new Diagnostic(Severity.Error, problem.Code, problem.Message, problem.Hint,
            document.Source, document.Map.BodyLine + problem.Line - 1, problem.Column));

    /// <summary>The file line of a Markdown block, given the line the body starts on.</summary>
    public static int SourceLine(Document document, MarkdownObject node) => document.Map.BodyLine + node.Line;
}
