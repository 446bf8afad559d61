using HeartSite.Engine.Safety;
using HeartSite.Engine.Modules;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace HeartSite.Content.News;

/// <summary>
/// Renders an article's or intro's Markdown for a place other than its own page: inside an issue,
/// an email or a feed. Headings move down a level (the article title is the <c>h2</c> there),
/// no heading ids are made (two articles may share a heading), and links are rewritten by the
/// caller: under the base path for the web, absolute for email and feeds.
/// </summary>
public static class NewsMarkdown
{
    /// <summary>
    /// The HTML, or nothing when the Markdown is refused: its own page's <c>RenderMarkdown</c> has
    /// reported why, and that error stops the build.
    /// </summary>
    public static string ToHtml(string markdown, Func<string, string> rewriteLink, int headingShift = 1)
    {
        try
        {
            var parsed = MarkdownSafety.Parse(markdown, RenderMarkdown.Pipeline, out _);
            if (parsed is null || MarkdownSafety.Check(parsed).Any()) return "";
            foreach (var heading in parsed.Descendants<HeadingBlock>())
            {
                heading.Level = Math.Min(6, heading.Level + headingShift);
                // The shared pipeline gives headings ids; two articles on one page may share a heading.
                if (heading.TryGetAttributes() is { } attributes) attributes.Id = null;
            }
            return MarkdownSafety.ToHtml(parsed, RenderMarkdown.Pipeline, rewriteLink);
        }
        catch (Exception e) when (MarkdownSafety.IsDepthLimit(e))
        {
            return "";
        }
    }
}
