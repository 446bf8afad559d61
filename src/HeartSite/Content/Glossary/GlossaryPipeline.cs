using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.Glossary;

/// <summary>
/// Glossary entries from <c>input/glossary/&lt;slug&gt;.md</c>: a page per term at
/// <c>/glossary/&lt;slug&gt;/</c> with its related terms linked and the pages that use it, and the A–Z
/// list at <c>/glossary/</c>.
/// </summary>
public static class GlossaryPipeline
{
    public const string Name = "glossary";
    public const string Folder = "glossary";

    /// <summary>Metadata the pipeline adds for templates: the related entries as links.</summary>
    public const string RelatedEntries = "relatedEntries";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        Input =
        {
            new ReadFiles($"{Folder}/*.md"), new ParseFrontMatter(), new ValidateFrontMatter(GlossarySchema.Schema),
            new AssignSlugs(), new CheckGlossary(),
        },
        Process =
        {
            new SetDestination(d => $"{Folder}/{d.GetString(Keys.Slug)}/index.html"),
            // Layouts and the page head read 'title' and 'description'.
            new ForEach((d, _) => ReviewDates.WithDue(d, templates.Site)
                .With(Keys.Title, d.GetString(GlossarySchema.Term)).With(Keys.Description, d.GetString(GlossarySchema.Definition))),
            new RenderMarkdown(),
            new Transform((entries, _) => LinkRelated(entries)),
            new Transform((entries, _) => GlossaryIndex.InAlphabeticalOrder(entries, Languages.Alphabet.Of(templates.Languages.CurrentStrings))),
        },
        PostProcess =
        {
            new Transform((entries, _) => entries.Append(GlossaryIndex.Create(entries, Languages.Alphabet.Of(templates.Languages.CurrentStrings)))),
            templates.Layout("glossary-entry", (entry, context) =>
            [
                new("usedIn", entry.GetString(Keys.Slug) is { } slug
                    ? RenderMarkdownWithGlossaryLinks.UsesOf(slug, context.AllVisibleOutputs) : null),
                ReadNext.For(entry, context),
            ]),
        },
        Output = { new WriteFiles() },
    };

    // CheckGlossary has reported every related slug that is missing; an entry it dropped for
    // its own error may still be named by another, and that must not end in a crash.
    static IEnumerable<Document> LinkRelated(IReadOnlyList<Document> entries)
    {
        var bySlug = entries.ToDictionary(e => e.GetString(Keys.Slug)!, GlossaryIndex.Link, StringComparer.Ordinal);
        return entries.Select(e => e.With(RelatedEntries,
            (e.Get<IReadOnlyList<string>>(GlossarySchema.Related) ?? [])
                .Select(slug => bySlug.GetValueOrDefault(slug.Trim())).OfType<GlossaryEntryLink>().ToList()));
    }
}
