using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HeartSite.Engine.Templates;
using HeartSite.Site;

namespace HeartSite.Content.News.Email;

/// <summary>
/// The plain-text edition of an issue, for clients and readers that do not show HTML: every
/// article's title and text, wrapped at 72 columns, with each link as a numbered reference
/// (<c>[1]</c>) and the addresses listed under "Links" at the end.
/// </summary>
public sealed class PlainTextIssue
{
    const int Width = 72;
    static readonly HtmlParser Parser = new();
    readonly List<string> _links = [];
    readonly StringBuilder _text = new();

    public static string Render(NewsIssue issue, SiteData site, Languages.LanguageStrings words)
    {
        var writer = new PlainTextIssue();
        var absolute = site.Urls.Absolute;
        writer.Line(words.Text("newsletter_name").ToUpperInvariant());
        writer.Line($"{site.Title} · {words.Text("issue")} {issue.Number} · {Engine.Templates.TemplateFunctions.FormatDate(issue.Date, words.Text("date_long"), words.Culture)}");
        writer.Blank();
        writer.Heading(issue.Title, '=');
        writer.Paragraph($"{words.Text("read_on_web")} {writer.Reference(site.Urls.Absolute(issue.Url))}");
        writer.Html(NewsMarkdown.ToHtml(issue.IntroMarkdown, absolute));
        for (var i = 0; i < issue.Articles.Count; i++)
        {
            var article = issue.Articles[i];
            writer.Rule();
            writer.Heading($"{i + 1}. {article.Title}", '-');
            if (issue.IsReprint(article))
            {
                // Carried in full by an earlier issue: a reminder and a link, not the text again.
                writer.Paragraph(article.Summary);
                writer.Paragraph($"{words.Text("email_read_article")} {writer.Reference(site.Urls.Absolute(article.Url))}");
                continue;
            }
            if (article.Author is not null) writer.Paragraph($"{words.Text("from_the")} {article.Author}");
            writer.Html(NewsMarkdown.ToHtml(article.Markdown, absolute));
            writer.Paragraph($"{words.Text("email_read_article")} {writer.Reference(site.Urls.Absolute(article.Url))}");
        }
        writer.Rule();
        writer.Paragraph($"{words.Text("crisis_question")} {words.Text("call_or_text")} {site.Crisis.Call}{words.Text("email_crisis_the")} {site.Crisis.Name}{words.Text("any_time")} {writer.Reference(site.Crisis.Url)}. {words.Text("danger")} {words.Text("call_911")}.");
        writer.Paragraph($"{words.Text("every_news_issue")} {writer.Reference(site.Urls.Absolute("/news/"))}");
        // The HTML edition's footer links to the contact page too; the text edition lists every link it has.
        writer.Paragraph($"{words.Text("contact")} {writer.Reference(site.Urls.Absolute(site.ContactUrl))}");
        writer.Paragraph(EmailFooter.Sender(site, words));
        writer.Paragraph(EmailFooter.Reason(words));
        writer.Paragraph($"{words.Text("unsubscribe")}: {site.UnsubscribeUrl}");
        writer.Heading(words.Text("email_links"), '-');
        for (var i = 0; i < writer._links.Count; i++) writer.Line($"[{i + 1}] {writer._links[i]}");
        return writer._text.ToString();
    }

    /// <summary>The reference mark of a link, numbered in order of first mention.</summary>
    string Reference(string url)
    {
        var index = _links.IndexOf(url);
        if (index < 0) { _links.Add(url); index = _links.Count - 1; }
        return $"[{index + 1}]";
    }

    void Html(string html)
    {
        var body = Parser.ParseDocument($"<body>{html}</body>").Body!;
        foreach (var block in body.Children) Block(block, "");
    }

    void Block(IElement element, string indent)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Heading(Inline(element), '-');
                break;
            case "ul" or "ol":
                var number = 1;
                foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                {
                    var marker = element.LocalName == "ol" ? $"{number++}. " : "- ";
                    var nested = item.Children.Where(c => c.LocalName is "ul" or "ol" or "p").ToList();
                    var own = nested.Count == 0 ? Inline(item) : string.Join(" ", item.ChildNodes.Except(nested).Select(InlineNode)).Trim();
                    if (own.Length > 0) Wrap(own, indent + marker, indent + new string(' ', marker.Length));
                    foreach (var child in nested.Where(c => c.LocalName == "p")) Wrap(Inline(child), indent + new string(' ', marker.Length), indent + new string(' ', marker.Length));
                    foreach (var child in nested.Where(c => c.LocalName != "p")) Block(child, indent + "  ");
                }
                if (indent.Length == 0) Blank();
                break;
            case "blockquote":
                foreach (var child in element.Children) Wrap(Inline(child), indent + "> ", indent + "> ");
                Blank();
                break;
            case "pre":
                foreach (var line in element.TextContent.TrimEnd('\n').Split('\n')) Line(indent + "    " + line);
                Blank();
                break;
            case "table":
                foreach (var row in element.QuerySelectorAll("tr")) Line(indent + string.Join(" | ", row.Children.Select(Inline)));
                Blank();
                break;
            case "hr":
                Rule();
                break;
            default:
                Paragraph(Inline(element), indent);
                break;
        }
    }

    string Inline(IElement element) => string.Concat(element.ChildNodes.Select(InlineNode)).Trim();

    string InlineNode(INode node) => node switch
    {
        IElement { LocalName: "a" } a => $"{string.Concat(a.ChildNodes.Select(InlineNode))} {Reference(a.GetAttribute("href") ?? "")}",
        IElement { LocalName: "img" } img => $"[image: {img.GetAttribute("alt")}]",
        IElement { LocalName: "br" } => "\n",
        IElement e => string.Concat(e.ChildNodes.Select(InlineNode)),
        _ => node.TextContent.Replace('\n', ' '),
    };

    void Heading(string text, char underline)
    {
        Line(text);
        Line(new string(underline, Math.Min(Width, text.Length)));
        Blank();
    }

    void Paragraph(string text, string indent = "")
    {
        Wrap(text, indent, indent);
        Blank();
    }

    void Rule()
    {
        Line(new string('-', Width));
        Blank();
    }

    /// <summary>Word-wraps text at <see cref="Width"/> columns; explicit line breaks are kept.</summary>
    void Wrap(string text, string first, string rest)
    {
        var prefix = first;
        foreach (var hardLine in text.Split('\n'))
        {
            var line = new StringBuilder(prefix);
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > prefix.Length && line.Length + 1 + word.Length > Width)
                {
                    Line(line.ToString());
                    line.Clear().Append(rest);
                    prefix = rest;
                }
                if (line.Length > prefix.Length) line.Append(' ');
                line.Append(word);
            }
            Line(line.ToString());
            prefix = rest;
        }
    }

    void Line(string text) => _text.Append(text.TrimEnd()).Append('\n');

    void Blank()
    {
        if (_text.Length > 0 && !_text.ToString().EndsWith("\n\n", StringComparison.Ordinal)) _text.Append('\n');
    }
}
