using HeartSite.Content.Glossary;
using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.Pages;

/// <summary>
/// Plain pages from <c>input/pages/</c>: <c>index.md</c> is the home page, <c>about.md</c> is
/// <c>/about/</c>. Layout runs in PostProcess so the home page can show other pipelines' content.
/// </summary>
public static class PagesPipeline
{
    public const string Name = "pages";

    public static readonly Schema Schema = new("page",
        Field.Text(Keys.Title, "the page's title, shown as its heading", required: true),
        Field.Text(Keys.Description, "one sentence for search results and link previews", required: true),
        Field.Text(Keys.Layout, "the theme layout to use, when not the default 'page'"));

    public static Pipeline Create(SiteTemplates templates, params IEnumerable<HomeSection> homeSections) => new(Name)
    {
        DependsOn = { GlossaryPipeline.Name },
        Input = { new ReadFiles("pages/**/*.md"), new ParseFrontMatter(), new ValidateFrontMatter(Schema) },
        Process =
        {
            new SetDestination(d => SetDestination.PrettyUrl(d.RelativeSource!["pages/".Length..])),
            new RenderMarkdownWithGlossaryLinks(),
        },
        PostProcess = { templates.Layout("page", (_, context) => homeSections.Select(s => s.Contribute(context))) },
        Output = { new WriteFiles() },
    };
}

/// <summary>
/// Something a content type offers the home page: a value under a name the home layout uses
/// (e.g. <c>latestIssue</c>), computed from the outputs every pipeline produced.
/// </summary>
public sealed record HomeSection(string Name, Func<PipelineContext, object?> Value)
{
    public KeyValuePair<string, object?> Contribute(PipelineContext context) => new(Name, Value(context));
}
