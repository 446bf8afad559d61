using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Templates;

namespace HeartSite.Bench;

/// <summary>
/// Pages made from the posts rather than from files: the tag index, one page per tag, and the home
/// page. Lists run newest first, as Hugo's <c>.ByDate.Reverse</c>; tags alphabetically.
/// </summary>
public static class ListPipelines
{
    public static Pipeline Tags(TemplateLibrary templates) => new("tags")
    {
        DependsOn = { PostsPipeline.Name },
        Process = { new Transform((_, context) => TagPages(context.OutputsOf(PostsPipeline.Name))) },
        PostProcess = { Layout(templates) },
        Output = { new WriteFiles() },
    };

    public static Pipeline Home(TemplateLibrary templates) => new("home")
    {
        DependsOn = { PostsPipeline.Name },
        Process =
        {
            new Transform((_, context) =>
            [
                Page("index.html", "home", "Home").With(BlogKeys.Posts, Entries(context.OutputsOf(PostsPipeline.Name))),
            ]),
        },
        PostProcess = { Layout(templates) },
        Output = { new WriteFiles() },
    };

    /// <summary>A tag as templates see it: its name, its page and, on the index, how many posts carry it.</summary>
    public static Dictionary<string, object?> TagLink(string tag, int? count) => new(StringComparer.Ordinal)
    {
        [BlogKeys.Name] = tag,
        [BlogKeys.Url] = $"/tags/{AssignSlugs.Suggest(tag)}/",
        [BlogKeys.Count] = count,
    };

    static IEnumerable<Document> TagPages(IReadOnlyList<Document> posts)
    {
        var byTag = posts
            .SelectMany(post => post.Get<IReadOnlyList<string>>(BlogKeys.Tags)!.Select(tag => (tag, post)))
            .GroupBy(x => x.tag, x => x.post, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        yield return Page("tags/index.html", "taxonomy", "Tags")
            .With(BlogKeys.Terms, byTag.Select(g => TagLink(g.Key, g.Count())).ToList());
        foreach (var group in byTag)
            yield return Page($"tags/{AssignSlugs.Suggest(group.Key)}/index.html", "term", $"Tag: {group.Key}")
                .With(BlogKeys.Term, group.Key)
                .With(BlogKeys.Posts, Entries(group.ToList()));
    }

    static Document Page(string destination, string layout, string title) =>
        new Document { Destination = destination }.With(ApplyLayout.LayoutKey, layout).With(BlogKeys.Title, title);

    // Newest first; the URL breaks ties so the order never depends on input order.
    static List<Dictionary<string, object?>> Entries(IReadOnlyList<Document> posts) => posts
        .OrderByDescending(p => p.Get<DateTimeOffset>(BlogKeys.Date))
        .ThenBy(p => p.Destination, StringComparer.Ordinal)
        .Select(p => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [BlogKeys.Title] = p.GetString(BlogKeys.Title),
            [BlogKeys.Url] = SetDestination.UrlOf(p.Destination!),
            [BlogKeys.Date] = p.Get<DateTimeOffset>(BlogKeys.Date),
            [BlogKeys.Summary] = p.GetString(BlogKeys.Summary),
        })
        .ToList();

    static ApplyLayout Layout(TemplateLibrary templates) =>
        new(templates, "home", (_, _) => new Dictionary<string, object?>(StringComparer.Ordinal) { [BlogKeys.Site] = BlogKeys.SiteModel });
}
