using HeartSite.Engine.FrontMatter;

namespace HeartSite.Content.Glossary;

/// <summary>The front matter of <c>input/glossary/&lt;slug&gt;.md</c>; the body explains the term at more length.</summary>
public static class GlossarySchema
{
    public const string Term = "term";
    public const string Aliases = "aliases";
    public const string Definition = "definition";
    public const string Related = "related";

    public static readonly Schema Schema = new("glossary entry",
        Field.Text(Term, "the term as readers see it, e.g. Trauma-informed", required: true),
        Field.TextList(Aliases, "other names and abbreviations for the same thing"),
        Field.Text(Definition, "exactly one sentence saying what the term means", required: true),
        Field.TextList(Related, "slugs (file names without .md) of other glossary entries worth reading next"),
        ReviewDates.Field);
}
