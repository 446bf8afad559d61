using System.Collections.Immutable;
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

    public string Url => $"/events/series/{Slug}/";

    /// <summary>
    /// Reads <c>data/event-series.yml</c>, a mapping from slug to <c>title</c> and <c>description</c>,
    /// into one document per series, in file order. A missing file means no series (HS0608 marks a
    /// malformed entry at its line).
    /// </summary>
    public static IReadOnlyList<Document> Read(string inputRoot, Action<Diagnostic> report)
    {
        var path = Path.GetFullPath(Path.Combine(inputRoot, RelativePath));
        if (!File.Exists(path)) return [];
        YamlValues.Parsed parsed;
        try
        {
            parsed = YamlValues.ParseMapping(ReadFiles.ReadText(path));
        }
        catch (YamlSyntaxException e)
        {
            report(new Diagnostic(Severity.Error, e.Code, e.Message,
                e.Hint ?? $"{RelativePath} is YAML; CONTRIBUTING.md ('Series') shows how it looks", path, e.Position.Line, e.Position.Column));
            return [];
        }
        var file = new Document { Source = path, RelativeSource = RelativePath, Map = new SourceMap(parsed.Positions, 1) };
        var documents = new List<Document>();
        foreach (var (slug, position) in parsed.Positions.Where(p => !p.Key.Contains('[')).OrderBy(p => p.Value.Line))
        {
            var entry = parsed.Values[slug] as Dictionary<string, object?>;
            var title = entry?.GetValueOrDefault("title") as string;
            var description = entry?.GetValueOrDefault("description") as string;
            if (AssignSlugs.Suggest(slug) != slug)
            {
                report(Diagnostic.Error("HS0608", $"series slug '{slug}' cannot be used in a web address",
                    $"use lower-case letters, digits and dashes, e.g. '{AssignSlugs.Suggest(slug)}'", file, slug));
                continue;
            }
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(description))
            {
                report(Diagnostic.Error("HS0608", $"series '{slug}' needs a 'title' and a 'description'",
                    "indent '  title: …' and '  description: …' under the slug", file, slug));
                continue;
            }
            var series = new EventSeries(slug, title.Trim(), description.Trim());
            documents.Add(file with
            {
                Map = new SourceMap(ImmutableDictionary<string, SourcePosition>.Empty.Add(Keys.Title, position), position.Line),
                Metadata = file.Metadata.SetItems([
                    new(Keys.Slug, slug), new(Keys.Title, series.Title), new(Keys.Description, series.Description), new(SeriesKey, series)]),
            });
        }
        return documents;
    }

    /// <summary>The series found in a pipeline's documents, by slug.</summary>
    public static IReadOnlyDictionary<string, EventSeries> BySlug(IEnumerable<Document> documents) =>
        documents.Select(d => d.Get<EventSeries>(SeriesKey)).OfType<EventSeries>().ToDictionary(s => s.Slug, StringComparer.Ordinal);
}
