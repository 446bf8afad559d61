using HeartSite.Content.Glossary;
using HeartSite.Content.News.Email;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>The two email editions of one issue, and the diagnostics found making them.</summary>
public sealed record ExportedIssue(IReadOnlyList<Diagnostic> Diagnostics, string? Html, string? Text)
{
    public bool Succeeded => Html is not null && Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// Makes one issue's email editions without building the site: runs only the news articles,
/// issues and email pipelines, in memory, and picks the issue out of their results.
/// </summary>
public static class NewsExport
{
    public static ExportedIssue Export(BuildSettings settings, string issueId)
    {
        var diagnostics = new DiagnosticBag();
        // The same start as a build, so --base-url and --now mean here what they mean there.
        var templates = SiteBuilder.PrepareTemplates(ref settings, diagnostics);
        if (templates is null) return new ExportedIssue(diagnostics.Sorted(), null, null);

        var email = NewsEmailPipeline.Create(templates);
        // Articles link glossary terms as they render, so they need the glossary's entries.
        var pipelines = Languages.LanguagePipelines.For([GlossaryPipeline.Create(templates), NewsArticlesPipeline.Create(templates), NewsIssuesPipeline.Create(templates), email], templates.Languages);
        // Nothing is laid out or written: only the email pipeline's documents are wanted.
        foreach (var pipeline in pipelines)
        {
            if (pipeline != email) pipeline.PostProcess.Clear();
            pipeline.Output.Clear();
        }
        var result = new Engine.Engine(pipelines).Run(settings, diagnostics);
        var editions = result.Outputs[NewsEmailPipeline.Name].Where(d => d.Get<NewsIssue>(NewsKeys.Issue)?.Id == issueId).ToList();
        if (editions.Count == 0 && !File.Exists(Path.Combine(settings.InputRoot, "news", issueId + ".md")))
        {
            var known = result.Outputs[NewsIssuesPipeline.Name].Select(CheckIssueFiles.IdOf).Order(StringComparer.Ordinal).ToList();
            diagnostics.Add(new Diagnostic(Severity.Error, "HS0520", $"there is no issue {issueId}: input/news/{issueId}.md does not exist",
                known.Count == 0 ? "create one with 'heartsite news new'" : $"issues: {string.Join(", ", known)}"));
        }
        else if (editions.Count == 0 && !diagnostics.HasErrors)
            diagnostics.Add(new Diagnostic(Severity.Error, "HS0520", $"issue {issueId} is not published at {settings.Now:yyyy-MM-dd'T'HH:mm:sszzz}: it is a draft, or its publish_date is later",
                "give --now a moment at or after its publish_date, or remove 'draft: true' from it", Path.Combine(settings.InputRoot, "news", issueId + ".md")));
        string? Edition(string extension) => editions.FirstOrDefault(d => d.Destination!.EndsWith(extension, StringComparison.Ordinal))?.Content;
        return new ExportedIssue(diagnostics.Sorted(), Edition(".html"), Edition(".txt"));
    }
}
