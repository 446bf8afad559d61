using System.Text.Encodings.Web;
using System.Text.Json;
using HeartSite.Site;

namespace HeartSite.Content.News.Feeds;

/// <summary>The JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of Compassion Action News: one item per issue, newest first.</summary>
public static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static string Write(IReadOnlyList<FeedEntry> newestFirst, SiteData site, string feedPath)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", NewsFeedsPipeline.Title);
            json.WriteString("description", NewsFeedsPipeline.Description);
            json.WriteString("home_page_url", site.Urls.Absolute("/news/"));
            json.WriteString("feed_url", site.Urls.Absolute(feedPath));
            json.WriteString("language", site.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", site.Title);
            json.WriteString("url", site.Urls.Absolute("/"));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var entry in newestFirst)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("url", entry.Url);
                json.WriteString("title", entry.Title);
                json.WriteString("summary", entry.Summary);
                json.WriteString("content_html", entry.ContentHtml);
                json.WriteString("date_published", FeedEntry.Rfc3339(entry.Published));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
