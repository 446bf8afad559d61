using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using HeartSite.Site;

namespace HeartSite.Content.News.Feeds;

/// <summary>
/// The XML feeds of Compassion Action News, written by System.ServiceModel.Syndication from one
/// <see cref="SyndicationFeed"/>: Atom 1.0 (RFC 4287), and RSS 2.0, the format email services'
/// RSS campaigns read. One item per issue, newest first, every link absolute.
/// </summary>
public static class SyndicationFeeds
{
    const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static string Atom(IReadOnlyList<FeedEntry> newestFirst, SiteData site, string feedPath) =>
        Write(new Atom10FeedFormatter(Feed(newestFirst, site, feedPath, "application/atom+xml", rss: false)));

    public static string Rss(IReadOnlyList<FeedEntry> newestFirst, SiteData site, string feedPath) =>
        Write(new Rss20FeedFormatter(Feed(newestFirst, site, feedPath, "application/rss+xml", rss: true), serializeExtensionsAsAtom: false));

    static SyndicationFeed Feed(IReadOnlyList<FeedEntry> newestFirst, SiteData site, string feedPath, string feedType, bool rss)
    {
        var feed = new SyndicationFeed(NewsFeedsPipeline.Title, NewsFeedsPipeline.Description, new Uri(site.Urls.Absolute("/news/")))
        {
            Id = site.Urls.Absolute("/news/"),
            Language = site.Language,
            LastUpdatedTime = newestFirst.Count > 0 ? newestFirst[0].Published : DateTimeOffset.UnixEpoch,
            Items = newestFirst.Select(entry => Item(entry, rss)).ToList(),
        };
        // RSS's <link> is the first alternate link, so the web archive goes first.
        feed.Links[0].MediaType = "text/html";
        feed.Links.Add(new SyndicationLink(new Uri(site.Urls.Absolute(feedPath)), "self", null, feedType, 0));
        feed.Authors.Add(new SyndicationPerson { Name = site.Title, Uri = site.Urls.Absolute("/") });
        if (rss) feed.AttributeExtensions.Add(new XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), ContentModule);
        return feed;
    }

    static SyndicationItem Item(FeedEntry entry, bool rss)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(entry.Title),
            Summary = new TextSyndicationContent(entry.Summary),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Published,
        };
        item.Links.Add(new SyndicationLink(new Uri(entry.Url), "alternate", null, "text/html", 0));
        if (rss)
            // RSS 2.0 has no full-text element; readers and email services take it from content:encoded.
            item.ElementExtensions.Add("encoded", ContentModule, entry.ContentHtml);
        else
            item.Content = new TextSyndicationContent(entry.ContentHtml, TextSyndicationContentKind.Html);
        return item;
    }

    static string Write(SyndicationFeedFormatter formatter)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriter(output), settings)) formatter.WriteTo(writer);
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n";
    }
}
