using System.Text;
using HeartSite.Engine.Templates;

namespace HeartSite.Serve;

/// <summary>
/// What <c>serve</c> adds to the HTML it sends (never to the files in the output folder): a small
/// script that reloads the page when the site is rebuilt, and, while the last edit has errors, a
/// plain panel listing them above the last version that built.
/// </summary>
public static class PreviewPage
{
    public const string PanelId = "heartsite-errors";

    /// <summary>Where the reload script and the panel's styles are served: files of their own, because the site's Content-Security-Policy forbids inline script and style.</summary>
    public const string ScriptPath = "/__heartsite/reload.js";
    public const string StylePath = "/__heartsite/preview.css";

    // A page reloads when its address (or ChangedPages.Every) is in a "page" or "reload" event's lines; after a
    // failed build every page reloads, to show the error panel, and the next good build reloads them all again.
    public static readonly string Script =
        "(() => { const here = decodeURI(location.pathname).replace(/index\\.html$/, \"\"); const events = new EventSource(\"" + ReloadEvents.Path + "\"); " +
        "const reloadIfShown = e => { if (e.data.split(\"\\n\").some(p => p === \"" + ChangedPages.Every + "\" || p === here)) location.reload(); }; " +
        "events.addEventListener(\"" + ReloadEvents.Page + "\", reloadIfShown); events.addEventListener(\"" + ReloadEvents.Reload + "\", reloadIfShown); " +
        "events.addEventListener(\"" + ReloadEvents.Failed + "\", () => location.reload()); })();\n";

    public const string Style =
        "#" + PanelId + " { margin: 0; padding: 1rem 1.25rem; background: #fff4f4; color: #1a1a1a; border: 4px solid #b00020; font: 1rem/1.5 system-ui, sans-serif; }\n" +
        "#" + PanelId + " code { white-space: pre-wrap; }\n";

    public static readonly string ReloadScript = $"<script src=\"{ScriptPath}\"></script>\n";

    /// <summary>The page with the reload script before <c>&lt;/body&gt;</c> and, when there are errors, the panel right after <c>&lt;body&gt;</c>.</summary>
    public static string Inject(string html, IReadOnlyList<string> errors)
    {
        var text = new StringBuilder(html);
        var close = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text.Insert(close >= 0 ? close : html.Length, ReloadScript);
        if (errors.Count > 0)
        {
            var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
            var afterBody = body >= 0 ? html.IndexOf('>', body) + 1 : 0;
            text.Insert(afterBody, "\n" + Panel(errors, "Below is the last version that built. "));
        }
        return text.ToString();
    }

    /// <summary>A whole page for when no built page exists to show the errors on (e.g. the very first build failed).</summary>
    public static string ErrorPage(IReadOnlyList<string> errors) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        "<title>The site could not be built</title>\n<link rel=\"stylesheet\" href=\"" + StylePath + "\">\n</head>\n<body>\n<main>\n<h1>The site could not be built</h1>\n" +
        Panel(errors, "") + "</main>\n" + ReloadScript + "</body>\n</html>\n";

    static string Panel(IReadOnlyList<string> errors, string whatFollows)
    {
        var panel = new StringBuilder();
        panel.Append($"<link rel=\"stylesheet\" href=\"{StylePath}\">\n<div id=\"{PanelId}\" role=\"alert\">\n")
            .Append("<p><strong>Your last change could not be built.</strong> ")
            .Append(whatFollows).Append("Fix these problems and save the file; this page reloads by itself.</p>\n<ul>\n");
        foreach (var error in errors)
            panel.Append("<li><code>").Append(HtmlTextEncoder.Encode(error)).Append("</code></li>\n");
        return panel.Append("</ul>\n</div>\n").ToString();
    }
}
