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
/// only what is translated (<see cref="KeepTranslated"/>, <see cref="SkipUntranslated"/>), its list pages titled in its own words (<see cref="ListPageTitles"/>). The shared files (assets, the sitemap
/// of every language) are made once, by the default language; every language has its own 404 page
/// and its own redirects (a translated page inherits its original's old addresses, under its folder).
/// </summary>
public static class LanguagePipelines
{
    static readonly HashSet<string> SharedPipelines = [AssetsPipeline.Name, SitemapPipeline.Name];

    /// <summary>
    /// Whether <paramref name="language"/> writes the pages <paramref name="pipeline"/> makes itself
    /// even with nothing of the pipeline translated: the 404 page, all theme text, always; the
    /// newsletter archive, whose issues stay in the default language, when site.yml's
    /// <c>news_archive: true</c> asks for it.
    /// </summary>
    public static bool WritesWhole(string pipeline, SiteLanguage language) =>
        pipeline == NotFoundPipeline.Name || (pipeline == Content.News.NewsArchivePipeline.Name && language.NewsArchive);

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
                if (layout >= 0) pipeline.PostProcess.InsertRange(layout, [new ListPageTitles(languages.CurrentStrings), new SkipUntranslated()]);
                else pipeline.PostProcess.Add(new SkipUntranslated());
                var write = pipeline.Output.FindIndex(m => m is WriteFiles);
                if (write >= 0) pipeline.Output.Insert(write, new KeepTranslated(languages));
            }
            result.Add(pipeline);
        }
        return result;
    }
}
