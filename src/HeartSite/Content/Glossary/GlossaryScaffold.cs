using HeartSite.Engine.Modules;
using HeartSite.Engine.Safety;

namespace HeartSite.Content.Glossary;

/// <summary><c>heartsite new glossary "Term"</c>: an entry the schema accepts as it stands, with comments for the editor.</summary>
public static class GlossaryScaffold
{
    public static ContentType ContentType { get; } = new("glossary", GlossaryPipeline.Folder, GlossarySchema.Schema, Create);

    public static Scaffold Create(ScaffoldRequest request)
    {
        var slug = TitleSlug.From(request.Title, "term");
        var text = $"""
            ---
            {Scaffold.DraftLines}
            term: {YamlText.Quote(request.Title)}
            # Other names or abbreviations, one '- name' per line; their first mention in a tip sheet links here too.
            aliases: []
            # Exactly one sentence, in plain language.
            definition: {YamlText.Quote($"{request.Title} is a term used in school mental health.")}
            # File names (without .md) of other glossary entries worth reading next.
            related: []
            ---
            Explain the term here in a short paragraph or two: where readers meet it, and why it matters
            to schools and health centers working together.

            """;
        return new Scaffold($"{GlossaryPipeline.Folder}/{slug}.md", text);
    }
}
