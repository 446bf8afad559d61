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

        var lines = text.Split('\n');
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            report(Diagnostic.Error("HS0002", "front matter is not closed",
                "add a line with just '---' after the last 'key: value' line", document));
            return null;
        }
        var yaml = string.Join('\n', lines[1..close]);
        try
        {
            var parsed = YamlValues.ParseMapping(yaml, firstLine: 2);
            return document with
            {
                Metadata = document.Metadata.SetItems(parsed.Values),
                Content = string.Join('\n', lines[(close + 1)..]),
                Map = new SourceMap(parsed.Positions, close + 2),
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
}
