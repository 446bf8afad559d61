using System.Globalization;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Templates;

namespace HeartSite.Bench;

/// <summary>The corpus's posts: <c>posts/post-00001.md</c> becomes <c>/posts/post-00001/</c>.</summary>
public static class PostsPipeline
{
    public const string Name = "posts";

    // The date is a UTC instant (2015-01-01T06:00:00Z), which the schema's zone-less DateTime does not take.
    public static readonly Schema Schema = new("post",
        Field.Text(BlogKeys.Title, "the post's title", required: true),
        Field.Text(BlogKeys.Date, "when it was published, like 2015-01-01T06:00:00Z", required: true),
        Field.TextList(BlogKeys.Tags, "one to three topic tags", required: true),
        Field.Text(BlogKeys.Summary, "one sentence for lists", required: true));

    public static Pipeline Create(TemplateLibrary templates) => new(Name)
    {
        Input = { new ReadFiles("posts/*.md"), new ParseFrontMatter(), new ValidateFrontMatter(Schema), new ForEach(ParseDate), new AssignSlugs() },
        Process =
        {
            new SetDestination(d => $"posts/{d.GetString(AssignSlugs.SlugKey)}/index.html"),
            new RenderMarkdown(),
        },
        PostProcess = { new ApplyLayout(templates, "single", (post, _) => Model(post)) },
        Output = { new WriteFiles() },
    };

    static Document? ParseDate(Document post, PipelineContext context)
    {
        var text = post.GetString(BlogKeys.Date)!;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            return post.With(BlogKeys.Date, date);
        context.Report(Diagnostic.Error("HS0103", $"'{BlogKeys.Date}' should be a date and time, not '{text}'",
            "write it like 2015-01-01T06:00:00Z", post, BlogKeys.Date));
        return null;
    }

    static Dictionary<string, object?> Model(Document post) => new(StringComparer.Ordinal)
    {
        [BlogKeys.Site] = BlogKeys.SiteModel,
        [BlogKeys.Tags] = post.Get<IReadOnlyList<string>>(BlogKeys.Tags)!
            .Select(tag => ListPipelines.TagLink(tag, count: null)).ToList(),
    };
}
