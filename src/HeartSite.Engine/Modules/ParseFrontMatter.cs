using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;

namespace HeartSite.Engine.Modules;

/// <summary>
/// Splits <c>---</c>-fenced YAML front matter from the body, puts its keys into metadata with their
/// source positions, and leaves the body as content. A file without front matter passes unchanged.
/// </summary>
public sealed class ParseFrontMatter : DocumentModule
{
    protected override Document? Process(Document document, PipelineContext context) => Parse(document, context.Report);

    /// <summary>Parses one document's front matter, reporting problems; null when it cannot be read.</summary>
    public static Document? Parse(Document document, Action<Diagnostic> report)
    {
        var text = document.Content;
        if (!text.StartsWith("---\n") && text != "---") return document;

        // The closing fence is found by scanning line starts, without splitting the whole body into lines.
        var (yamlEnd, bodyStart, closeLine) = FindClosingFence(text);
        if (yamlEnd < 0)
        {
            report(Diagnostic.Error("HS0002", "front matter is not closed",
                "add a line with just '---' after the last 'key: value' line", document));
            return null;
        }
        var yaml = yamlEnd <= 4 ? "" : text[4..(yamlEnd - 1)];
        try
        {
            var parsed = YamlValues.ParseMapping(yaml, firstLine: 2);
            return document with
            {
                Metadata = document.Metadata.SetItems(parsed.Values),
                Content = text[bodyStart..],
                Map = new SourceMap(parsed.Positions, closeLine + 1),
            };
        }
        catch (YamlSyntaxException e)
        {
            report(new Diagnostic(Severity.Error, e.Code, e.Message,
                e.Hint ?? "the settings between the '---' lines are YAML; CONTRIBUTING.md ('How a content file looks') shows the rules",
                document.Source, e.Position.Line, e.Position.Column));
            return null;
        }
    }

    // The first line after the opening one that is '---' (trailing white space allowed): where that
    // line starts, where the body after it starts, and its line number; (-1, -1, -1) when there is none.
    static (int LineStart, int BodyStart, int Line) FindClosingFence(string text)
    {
        var line = 2;
        for (var start = text.IndexOf('\n') + 1; start > 0 && start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            var content = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
            if (content.TrimEnd().SequenceEqual("---")) return (start, end < 0 ? text.Length : end + 1, line);
            if (end < 0) break;
            start = end + 1;
        }
        return (-1, -1, -1);
    }
}
