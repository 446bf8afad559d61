using System.Text;
using AngleSharp.Dom;
using Scriban;
using HeartSite.Engine.Templates;
using HeartSite.Engine.Diagnostics;
using HeartSite.Site;

namespace HeartSite.Content.News.Email;

/// <summary>
/// The email edition of an issue: <c>theme/email/issue.sbn-html</c> rendered with absolute links, then
/// <c>theme/email/email.css</c> inlined onto every element. Built once per run from the theme.
/// </summary>
public sealed class IssueEmail
{
    public const string TemplateFile = "email/issue.sbn-html";
    public const string StylesheetFile = "email/email.css";

    /// <summary>Gmail clips messages larger than about 102 KB; staying under 100 KB keeps the whole issue visible.</summary>
    public const int MaxBytes = 100 * 1024;

    readonly TemplateLibrary _library;
    readonly Template _template;
    readonly string _stylesheet;
    readonly SiteData _site;
    readonly Languages.LanguageStrings _words;

    IssueEmail(TemplateLibrary library, Template template, string stylesheet, SiteData site, Languages.LanguageStrings words)
    {
        _words = words;
        _library = library;
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
        var template = templates.Library.ParseFile(templatePath, report);
        return template is null ? null : new IssueEmail(templates.Library, template, File.ReadAllText(stylesheetPath), templates.Site, templates.Languages.CurrentStrings);
    }

    /// <summary>The issue as a complete HTML email, every style inline; null, after reporting HS0303, when the template fails.</summary>
    public string? Render(NewsIssue issue, Action<Diagnostic> report)
    {
        var links = _site.Urls.Absolute;
        var html = _library.Render(_template, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = _site,
            ["issue"] = issue,
            ["webUrl"] = _site.Urls.Absolute(issue.Url),
            ["archiveUrl"] = _site.Urls.Absolute("/news/"),
            ["contactUrl"] = _site.Urls.Absolute(_site.ContactUrl),
            ["sender"] = EmailFooter.Sender(_site, _words),
            ["reason"] = EmailFooter.Reason(_words),
            ["strings"] = _words.Values,
            ["intro"] = TrustedHtml.FromSafeSource(NewsMarkdown.ToHtml(issue.IntroMarkdown, links)),
            ["articles"] = issue.Articles.Select(a => new ArticleInEmail(a, _site.Urls.Absolute(a.Url),
                TrustedHtml.FromSafeSource(NewsMarkdown.ToHtml(a.Markdown, links)), issue.IsReprint(a))).ToList(),
        }, report);
        if (html is null) return null;
        var document = CssInliner.Inline(html, _stylesheet);
        // Images must say what they show (or be marked decorative) for readers whose client blocks them.
        foreach (var image in document.QuerySelectorAll("img").Where(i => !i.HasAttribute("alt"))) image.SetAttribute("alt", "");
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
    }

    public static int SizeOf(string html) => Encoding.UTF8.GetByteCount(html);
}

/// <summary>An article as the email shows it: its absolute address, its rendered text with absolute links, and whether an earlier issue carried it.</summary>
public sealed record ArticleInEmail(NewsArticle Article, string Address, TrustedHtml Html, bool Reprint);
