using System.Xml;
using System.Xml.Linq;
using HeartSite.Site;

namespace HeartSite.Content.News.Feeds;

/// <summary>The Atom (RFC 4287) feed of Compassion Action News: one entry per issue, newest first.</summary>
public static class AtomFeed
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(IReadOnlyList<FeedEntry> newestFirst, SiteData site, string feedPath)
    {
        var updated = newestFirst.Count > 0 ? newestFirst[0].Published : DateTimeOffset.UnixEpoch;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", site.Language),
            new XElement(Atom + "id", site.AbsoluteUrl("/news/")),
            new XElement(Atom + "title", NewsFeedsPipeline.Title),
            new XElement(Atom + "subtitle", NewsFeedsPipeline.Description),
            new XElement(Atom + "updated", FeedEntry.Rfc3339(updated)),
            Link("self", site.AbsoluteUrl(feedPath), "application/atom+xml"),
            Link("alternate", site.AbsoluteUrl("/news/"), "text/html"),
            new XElement(Atom + "author", new XElement(Atom + "name", site.Title), new XElement(Atom + "uri", site.AbsoluteUrl("/"))),
            newestFirst.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", e.Id),
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "updated", FeedEntry.Rfc3339(e.Published)),
                new XElement(Atom + "published", FeedEntry.Rfc3339(e.Published)),
                Link("alternate", e.Url, "text/html"),
                new XElement(Atom + "summary", e.Summary),
                new XElement(Atom + "content", new XAttribute("type", "html"), e.ContentHtml))));

        using var writer = new StringWriter { NewLine = "\n" };
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new System.Text.UTF8Encoding(false) }))
            new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Save(xml);
        return writer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n";
    }

    static XElement Link(string rel, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", type), new XAttribute("href", href));
}
