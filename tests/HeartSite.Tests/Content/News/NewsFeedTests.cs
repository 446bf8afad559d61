using System.Text.Json;
using System.Xml.Linq;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.News;

/// <summary>The Atom and JSON feeds of the real issues, parsed as a feed reader would.</summary>
public class NewsFeedTests(SiteFixture site)
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    static readonly string[] NewestFirst = ["2022-03", "2022-01", "2021-11"];

    [Fact]
    public void The_Atom_feed_has_the_required_feed_and_entry_elements_one_entry_per_issue_newest_first()
    {
        var feed = XDocument.Load(Path.Combine(site.Output, "news", "feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://www.heartcollective.info/news/", feed.Element(Atom + "id")!.Value);
        Assert.Equal("Compassion Action News", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2022-03-01T00:00:00-05:00", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("https://www.heartcollective.info/news/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("HEART Collective", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(NewestFirst.Select(id => $"https://www.heartcollective.info/news/{id}/"),
            entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value));
        foreach (var entry in entries)
        {
            Assert.StartsWith("tag:www.heartcollective.info,", entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00-0[45]:00$", entry.Element(Atom + "updated")!.Value);
            var content = entry.Element(Atom + "content")!;
            Assert.Equal("html", content.Attribute("type")!.Value);
            Assert.DoesNotContain("href=\"/", content.Value);
        }
        Assert.Contains("56.4%", entries[0].Element(Atom + "content")!.Value);
        Assert.Equal("2022-01-04T00:00:00-05:00", entries[1].Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void The_JSON_feed_has_version_title_and_items_with_id_url_content_and_date()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "news", "feed.json")));
        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Compassion Action News", root.GetProperty("title").GetString());
        Assert.Equal("https://www.heartcollective.info/news/feed.json", root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(NewestFirst.Select(id => $"https://www.heartcollective.info/news/{id}/"), items.Select(i => i.GetProperty("url").GetString()));
        foreach (var item in items)
        {
            Assert.StartsWith("tag:", item.GetProperty("id").GetString());
            Assert.Contains("<h2><a href=\"https://www.heartcollective.info/news/articles/", item.GetProperty("content_html").GetString());
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
        }
        Assert.Equal("2021-11-02T00:00:00-04:00", items[2].GetProperty("date_published").GetString());
    }

    [Fact]
    public void Feed_ids_are_the_same_in_both_feeds_and_do_not_depend_on_the_build_clock()
    {
        var atomIds = XDocument.Load(Path.Combine(site.Output, "news", "feed.xml")).Root!.Elements(Atom + "entry")
            .Select(e => e.Element(Atom + "id")!.Value).ToList();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "news", "feed.json")));
        Assert.Equal(atomIds, json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("tag:www.heartcollective.info,2022-03-01:compassion-action-news/2022-03", atomIds[0]);

        using var input = new NewsInput().Article("a").Issue("2022-01", NewsInput.IssueFrontMatter(2, "2022-01-04", "a"));
        Assert.True(input.Build().Succeeded);
        var first = (input.Read("news/feed.xml"), input.Read("news/feed.json"));
        Assert.True(input.Build(new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero)).Succeeded);
        Assert.Equal(first, (input.Read("news/feed.xml"), input.Read("news/feed.json")));
    }

    [Fact]
    public void The_RSS_feed_parses_as_RSS_2_0_with_every_item_linking_to_an_absolute_address_newest_first()
    {
        var path = Path.Combine(site.Output, "news", "rss.xml");
        var rss = XDocument.Load(path).Root!;
        Assert.Equal(("rss", "2.0"), (rss.Name.LocalName, rss.Attribute("version")!.Value));
        var formatter = new System.ServiceModel.Syndication.Rss20FeedFormatter();
        using (var reader = System.Xml.XmlReader.Create(path)) Assert.True(formatter.CanRead(reader));
        using (var reader = System.Xml.XmlReader.Create(path)) formatter.ReadFrom(reader);
        var items = formatter.Feed.Items.ToList();
        Assert.Equal("Compassion Action News", formatter.Feed.Title.Text);
        Assert.Equal(NewestFirst.Select(id => $"https://www.heartcollective.info/news/{id}/"), items.Select(i => i.Links.Single().Uri.AbsoluteUri));
        Assert.All(items, i => Assert.True(i.Links.Single().Uri.IsAbsoluteUri));
        Assert.All(rss.Descendants("item"), i => Assert.DoesNotContain("href=\"/", i.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))!.Value));
    }
}
