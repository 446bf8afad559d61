using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.Events;

/// <summary>A named run of events (e.g. the HEART Webinar Series), with its own page at <c>/events/series/&lt;slug&gt;/</c>.</summary>
public sealed record EventSeries(string Slug, string Title, string Description)
{
    public const string RelativePath = "data/event-series.yml";

    /// <summary>Where the <see cref="EventSeries"/> is kept in a series document's metadata.</summary>
    public const string SeriesKey = "series";

    /// <summary>Each key of <c>data/event-series.yml</c> is a series' slug; these are its fields.</summary>
    public static readonly Schema Schema = new("series",
        Field.Text(Keys.Title, "the series' name", required: true),
        Field.Text(Keys.Description, "one paragraph on what the series is and who it is for", required: true));

    /// <summary>A series page's site path: <c>/events/series/&lt;slug&gt;/</c>.</summary>
    public static string UrlOf(string slug) => $"/events/series/{slug}/";

    public string Url => UrlOf(Slug);

    /// <summary>The series records of the data file, each with its <see cref="EventSeries"/>; HS0608 drops a slug unusable in a URL.</summary>
    public static IModule Read() => new ReadDataFile(RelativePath, Schema, Keys.Slug);

    public static Document? Attach(Document document, PipelineContext context)
    {
        var slug = document.GetString(Keys.Slug)!;
        if (AssignSlugs.Suggest(slug) != slug)
        {
            context.Report(Diagnostic.Error("HS0608", $"series slug '{slug}' cannot be used in a web address",
                $"use lower-case letters, digits and dashes, e.g. '{AssignSlugs.Suggest(slug)}'", document));
            return null;
        }
        var series = new EventSeries(slug, document.GetString(Keys.Title)!.Trim(), document.GetString(Keys.Description)!.Trim());
        return document.With(SeriesKey, series);
    }

    /// <summary>The series found in a pipeline's documents, by slug.</summary>
    public static IReadOnlyDictionary<string, EventSeries> BySlug(IEnumerable<Document> documents) =>
        documents.Select(d => d.Get<EventSeries>(SeriesKey)).OfType<EventSeries>().ToDictionary(s => s.Slug, StringComparer.Ordinal);
}
