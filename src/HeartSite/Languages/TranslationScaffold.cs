using System.Text;
using HeartSite.Content;
using HeartSite.Engine;
using HeartSite.Engine.Modules;

namespace HeartSite.Languages;

/// <summary>
/// <c>new &lt;type&gt; --lang es &lt;name&gt;</c>: starts the translation of an existing file beside it
/// (<c>tip-sheets/x.md</c> → <c>tip-sheets/x.es.md</c>), as a draft. Its front matter names only the
/// human-text fields the original has, each with the original's words as a comment above and, to
/// keep the file valid, as its value until translated; <c>source_hash</c> is filled in. The
/// original's text follows as comments at the end of the front matter (which the site never shows),
/// and the body is left for the translation.
/// </summary>
public static class TranslationScaffold
{
    /// <summary>The fields a translation gives: the words readers see. Everything else is inherited.</summary>
    public static readonly IReadOnlyList<string> TextFields = ["title", "summary", "description", "term", "definition", "aliases", "place"];

    /// <summary>The folder of pages, which <c>new</c> cannot create but can translate.</summary>
    public const string PagesFolder = "pages";

    public static Scaffold Create(string originalRelative, string inputRoot, SiteLanguage language, string defaultLanguageName)
    {
        var path = Path.Combine(inputRoot, originalRelative);
        var original = ParseFrontMatter.Parse(new Document { Source = path, Content = ReadFiles.ReadText(path) }, _ => { })
            ?? throw new InvalidOperationException("the original's front matter cannot be read");
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"# {language.Name} ({language.Code}) translation of {originalRelative}. Translate each value below and the text\n");
        text.Append($"# after the second ---. What this file does not name (dates, audiences, order, links) comes from\n");
        text.Append($"# the {defaultLanguageName} file. source_hash says which version of it this translates: leave it as it is.\n");
        text.Append(Scaffold.DraftLines).Append('\n');
        text.Append($"{TranslationFiles.SourceHashKey}: \"{TranslationFiles.Hash(path)}\"\n");
        foreach (var field in TextFields)
        {
            switch (original.Metadata.GetValueOrDefault(field))
            {
                case string value:
                    text.Append($"# {field}, in {defaultLanguageName}: {OneLine(value)}\n{field}: {YamlText.Quote(OneLine(value))}\n");
                    break;
                case List<object?> items:
                    text.Append($"# {field}, in {defaultLanguageName}: {string.Join("; ", items.Select(i => OneLine(i?.ToString() ?? "")))}\n{field}:\n");
                    foreach (var item in items) text.Append($"  - {YamlText.Quote(OneLine(item?.ToString() ?? ""))}\n");
                    break;
            }
        }
        var body = original.Content.Trim('\n');
        if (body.Length > 0)
        {
            text.Append($"# The {defaultLanguageName} text to translate; write the translation after the second ---, then delete these notes:\n");
            foreach (var line in body.Split('\n')) text.Append(line.Length == 0 ? "#\n" : $"#   {line}\n");
        }
        text.Append("---\n");
        return new Scaffold(TranslationFiles.PathIn(originalRelative, language.Code), text.ToString());
    }

    static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
