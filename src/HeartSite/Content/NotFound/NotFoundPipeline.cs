using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.NotFound;

/// <summary>
/// <c>/404.html</c>, which GitHub Pages (and <c>serve</c>) show for any address that does not exist.
/// Its text lives in <c>theme/layouts/404.sbn-html</c> and the language's strings; every link in it is
/// root-relative under the base path, since the page is served at whatever address was asked for.
/// Each language has its own (<c>/es/404.html</c>), but GitHub Pages shows only the site root's for
/// every missing address, <c>/es/…</c> included: so the root's also says, in each other language,
/// where that language's home page is.
/// </summary>
public static class NotFoundPipeline
{
    public const string Name = "not-found";
    public const string Destination = "404.html";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        Input = { new Transform((_, _) => [new Document { Destination = Destination }.With(Keys.Title, templates.Languages.CurrentStrings.Text("not_found_title"))]) },
        PostProcess = { templates.Layout("404") },
        Output = { new WriteFiles() },
    };
}
