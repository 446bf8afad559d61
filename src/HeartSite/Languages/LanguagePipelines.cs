using HeartSite.Content.Assets;
using HeartSite.Content.NotFound;
using HeartSite.Content.Redirects;
using HeartSite.Content.Sitemap;
using HeartSite.Engine;
using HeartSite.Engine.Modules;

namespace HeartSite.Languages;

/// <summary>
/// Turns the site's pipelines into one language's: every Markdown type picks that language's
/// documents right after reading front matter (<see cref="SelectLanguage"/>), every data file is
/// read with its translation laid over it (<see cref="DataTranslation"/>), and a translation writes
/// only what is translated (<see cref="KeepTranslated"/>), its list pages titled in its own words (<see cref="ListPageTitles"/>). The shared files (assets, the 404 page,
/// redirects, the sitemap of every language) are made once, by the default language.
/// </summary>
public static class LanguagePipelines
{
    static readonly HashSet<string> SharedPipelines = [AssetsPipeline.Name, NotFoundPipeline.Name, RedirectsPipeline.Name, SitemapPipeline.Name];

    public static IReadOnlyList<Pipeline> For(IEnumerable<Pipeline> pipelines, LanguageSite languages)
    {
        var language = languages.Current;
        var result = new List<Pipeline>();
        foreach (var pipeline in pipelines)
        {
            if (!language.IsDefault && SharedPipelines.Contains(pipeline.Name)) continue;
            var parse = pipeline.Input.FindIndex(m => m is ParseFrontMatter);
            if (parse >= 0) pipeline.Input.Insert(parse + 1, new SelectLanguage(language, languages.All));
            if (!language.IsDefault)
            {
                for (var i = 0; i < pipeline.Input.Count; i++)
                    if (pipeline.Input[i] is ReadDataFile data)
                        pipeline.Input[i] = new ReadDataFile(data.RelativePath, data.Schema, data.KeyName) { Overlay = DataTranslation.For(data.RelativePath, language) };
                var layout = pipeline.PostProcess.FindIndex(m => m is ApplyLayout);
                if (layout >= 0) pipeline.PostProcess.Insert(layout, new ListPageTitles(languages.CurrentStrings));
                var write = pipeline.Output.FindIndex(m => m is WriteFiles);
                if (write >= 0) pipeline.Output.Insert(write, new KeepTranslated(languages));
            }
            result.Add(pipeline);
        }
        return result;
    }
}
