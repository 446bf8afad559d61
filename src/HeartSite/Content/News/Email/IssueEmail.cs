using System.Text;
using AngleSharp.Dom;
using HandlebarsDotNet;
using HeartSite.Engine.Templates;
using HeartSite.Engine.Diagnostics;
using HeartSite.Site;

namespace HeartSite.Content.News.Email;

/// <summary>
/// The email edition of an issue: <c>theme/email/issue.hbs</c> rendered with absolute links, then
/// <c>theme/email/email.css</c> inlined onto every element. Built once per run from the theme.
/// </summary>
public sealed class IssueEmail
{
    public const string TemplateFile = "email/issue.hbs";
    public const string StylesheetFile = "email/email.css";

    /// <summary>Gmail clips messages larger than about 102 KB; staying under 100 KB keeps the whole issue visible.</summary>
    public const int MaxBytes = 100 * 1024;

    readonly HandlebarsTemplate<TextWriter, object, object> _template;
    readonly string _stylesheet;
    readonly SiteData _site;

    IssueEmail(HandlebarsTemplate<TextWriter, object, object> template, string stylesheet, SiteData site)
    {
        _template = template;
        _stylesheet = stylesheet;
        _site = site;
    }

    /// <summary>Loads the email template and stylesheet from the theme; null (with a diagnostic) when either is missing or the template is broken.</summary>
    public static IssueEmail? Load(SiteTemplates templates, string themeRoot, Action<Diagnostic> report)
    {
        var templatePath = Path.GetFullPath(Path.Combine(themeRoot, TemplateFile));
        var stylesheetPath = Path.GetFullPath(Path.Combine(themeRoot, StylesheetFile));
        foreach (var path in new[] { templatePath, stylesheetPath }.Where(p => !File.Exists(p)))
        {
            report(new Diagnostic(Severity.Error, "HS0505", $"the email theme file {Path.GetFileName(path)} is missing",
                $"every issue is also sent by email; add theme/{TemplateFile} and theme/{StylesheetFile}", path));
            return null;
        }
        var template = templates.Library.CompileFile(templatePath, report);
        return template is null ? null : new IssueEmail(template, File.ReadAllText(stylesheetPath), templates.Site);
    }

    /// <summary>The issue as a complete HTML email, every style inline.</summary>
    public string Render(NewsIssue issue)
    {
        var links = NewsMarkdown.Absolute(_site.AbsoluteUrl);
        var html = TemplateLibrary.Render(_template, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = _site,
            ["issue"] = issue,
            ["webUrl"] = _site.AbsoluteUrl(issue.Url),
            ["archiveUrl"] = _site.AbsoluteUrl("/news/"),
            ["intro"] = NewsMarkdown.ToHtml(issue.IntroMarkdown, links),
            ["articles"] = issue.Articles.Select(a => new ArticleInEmail(a, _site.AbsoluteUrl(a.Url), NewsMarkdown.ToHtml(a.Markdown, links))).ToList(),
        });
        var document = CssInliner.Inline(html, _stylesheet);
        // Images must say what they show (or be marked decorative) for readers whose client blocks them.
        foreach (var image in document.QuerySelectorAll("img").Where(i => !i.HasAttribute("alt"))) image.SetAttribute("alt", "");
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
    }

    public static int SizeOf(string html) => Encoding.UTF8.GetByteCount(html);
}

/// <summary>An article as the email shows it: absolute address (not <c>Url</c>, which templates read as the url helper) and text with absolute links.</summary>
public sealed record ArticleInEmail(NewsArticle Article, string Address, string Html);
