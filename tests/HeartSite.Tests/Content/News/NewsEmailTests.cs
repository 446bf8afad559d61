using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HeartSite.Content.News.Email;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.News;

/// <summary>The email editions of the real issues.</summary>
public class NewsEmailTests(SiteFixture site)
{
    public static readonly TheoryData<string> Issues = new("2021-11", "2022-01", "2022-03");
    static readonly HtmlParser Parser = new();

    string Html(string id) => File.ReadAllText(Path.Combine(site.Output, "news", id, "email.html"));
    string Text(string id) => File.ReadAllText(Path.Combine(site.Output, "news", id, "email.txt"));

    [Theory]
    [MemberData(nameof(Issues))]
    public void The_email_has_no_style_or_script_and_fits_the_100_KB_budget(string id)
    {
        var html = Html(id);
        var email = Parser.ParseDocument(html);
        Assert.Empty(email.QuerySelectorAll("style, script, link[rel=stylesheet]"));
        Assert.DoesNotContain("class=\"email\" style=\"\"", html);
        Assert.True(Encoding.UTF8.GetByteCount(html) < 100 * 1024, $"{Encoding.UTF8.GetByteCount(html)} bytes");
    }

    [Theory]
    [MemberData(nameof(Issues))]
    public void Both_editions_carry_the_crisis_line_and_tell_a_reader_in_danger_to_call_911(string id)
    {
        var crisis = Parser.ParseDocument(Html(id)).QuerySelector("aside.crisis")!;
        Assert.NotNull(crisis.QuerySelector("a[href='tel:988']"));
        Assert.NotNull(crisis.QuerySelector("a[href='tel:911']"));
        Assert.Contains("immediate danger", crisis.TextContent);
        Assert.Contains("If someone is in immediate danger, call 911.", Regex.Replace(Text(id), @"\s+", " "));
    }

    [Theory]
    [MemberData(nameof(Issues))]
    public void The_email_is_a_fluid_table_at_most_600_pixels_wide_with_a_hidden_preheader_and_a_web_version_link(string id)
    {
        var email = Parser.ParseDocument(Html(id));
        var container = email.QuerySelector("table.container")!;
        // Fluid: as wide as the screen up to 600 px, so a phone never scrolls sideways; Outlook on
        // Windows, which ignores max-width, gets a fixed 600 px table inside a conditional comment.
        Assert.Equal("100%", container.GetAttribute("width"));
        Assert.Contains("max-width: 600px", container.GetAttribute("style"));
        Assert.Contains("<!--[if mso]><table role=\"presentation\" width=\"600\"", Html(id));
        Assert.Equal("presentation", container.GetAttribute("role"));
        var preheader = email.Body!.FirstElementChild!;
        Assert.Equal("preheader", preheader.ClassName);
        Assert.Contains("display: none", preheader.GetAttribute("style"));
        Assert.False(string.IsNullOrWhiteSpace(preheader.TextContent));
        Assert.Equal($"https://www.heartcollective.info/news/{id}/", email.QuerySelector(".web-version a")!.GetAttribute("href"));
    }

    [Fact]
    public void Styles_from_the_email_stylesheet_land_on_the_elements_they_select()
    {
        var email = Parser.ParseDocument(Html("2022-03"));
        string Style(string selector) => email.QuerySelector(selector)!.GetAttribute("style") ?? "";

        Assert.Contains("width: 100%", Style("table.container"));
        Assert.Contains("max-width: 600px", Style("table.container"));
        Assert.Contains("background-color: #8a1538", Style("td.masthead"));
        Assert.Contains("font-size: 28px", Style(".masthead h1"));
        Assert.Contains("color: #ffffff", Style(".masthead h1"));
        Assert.Contains("border-top: 1px solid #dcd8e0", Style("td.article"));
        // The more specific 'h2 a' wins over 'a' for colour, and the cascade keeps the rest of 'a'.
        Assert.Contains("color: #8a1538", Style("td.article h2 a"));
        Assert.Contains("text-decoration: none", Style("td.article h2 a"));
        Assert.Contains("color: #0b4f8a", Style("td.article p a"));
        // Defaults of the user agent stylesheet are not written out.
        Assert.DoesNotContain("display", Style("td.article p"));
    }

    [Theory]
    [MemberData(nameof(Issues))]
    public void Every_link_in_the_email_is_absolute_and_every_image_has_alt(string id)
    {
        var email = Parser.ParseDocument(Html(id));
        // The unsubscribe link is the email service's merge tag, which it fills in for each reader.
        foreach (var link in email.QuerySelectorAll("a[href]").Where(a => a.GetAttribute("href") != "*|UNSUB|*"))
            Assert.Matches("^(https://|tel:)", link.GetAttribute("href"));
        Assert.All(email.QuerySelectorAll("img"), img => Assert.True(img.HasAttribute("alt")));
    }

    [Fact]
    public void Images_in_articles_get_alt_text_and_absolute_addresses_in_the_email()
    {
        using var input = new NewsInput()
            .Article("pictured", body: "![Two teachers talking](/assets/talk.png)\n\n![](/assets/rule.png)")
            .Issue("2022-01", NewsInput.IssueFrontMatter(2, "2022-01-04", "pictured"));
        Assert.True(input.Build().Succeeded);
        var images = Parser.ParseDocument(input.Read("news/2022-01/email.html")).QuerySelectorAll("img").ToList();
        Assert.Equal(2, images.Count);
        Assert.Equal("Two teachers talking", images[0].GetAttribute("alt"));
        Assert.Equal("", images[1].GetAttribute("alt"));
        Assert.All(images, i => Assert.StartsWith("https://www.heartcollective.info/assets/", i.GetAttribute("src")));
        Assert.Contains("[image: Two teachers talking]", input.Read("news/2022-01/email.txt"));
    }

    [Theory]
    [MemberData(nameof(Issues))]
    public void The_plain_text_has_every_article_title_and_every_link_as_a_numbered_reference(string id)
    {
        var text = Text(id);
        var web = site.Page($"news/{id}/index.html");
        foreach (var title in web.QuerySelectorAll("section.news-article h2").Select(h => h.TextContent))
            Assert.Contains(title, text);

        var links = text[text.LastIndexOf("\nLinks\n", StringComparison.Ordinal)..];
        var listed = Regex.Matches(links, @"^\[(\d+)\] (\S+)$", RegexOptions.Multiline).ToList();
        Assert.Equal(Enumerable.Range(1, listed.Count).Select(i => i.ToString()), listed.Select(m => m.Groups[1].Value));
        var urls = listed.Select(m => m.Groups[2].Value).ToHashSet();
        foreach (var href in Parser.ParseDocument(Html(id)).QuerySelectorAll("a[href^='https://']").Select(a => a.GetAttribute("href")!))
            Assert.Contains(href, urls);
        foreach (Match reference in Regex.Matches(text[..text.LastIndexOf("\nLinks\n", StringComparison.Ordinal)], @"\[(\d+)\]"))
            Assert.InRange(int.Parse(reference.Groups[1].Value), 1, listed.Count);
        // Wrapped at 72 columns; only the address lines of the Links list may be longer (an address is never broken).
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 72 || Regex.IsMatch(line, @"^\[\d+\] \S+$"), line));
    }

    [Theory]
    [MemberData(nameof(Issues))]
    public void Both_editions_say_who_sends_them_why_and_how_to_unsubscribe(string id)
    {
        var footer = Parser.ParseDocument(Html(id)).QuerySelector("td.footer")!;
        Assert.Contains("sent by the HEART Collective", footer.TextContent);
        Assert.Contains("You get this email because you signed up", footer.TextContent);
        Assert.Equal("*|UNSUB|*", footer.QuerySelectorAll("a").Single(a => a.TextContent == "Unsubscribe").GetAttribute("href"));

        var text = Text(id);
        Assert.Contains("sent by the HEART Collective", text);
        Assert.Contains("You get this email because you signed up", text);
        Assert.Contains("Unsubscribe: *|UNSUB|*", text);
    }

    [Fact]
    public void An_article_an_earlier_issue_carried_comes_back_as_its_title_summary_and_a_link_only()
    {
        // The model article ran in full in November 2021; January 2022 carries it again.
        var first = Parser.ParseDocument(Html("2021-11"));
        var again = Parser.ParseDocument(Html("2022-01"));
        AngleSharp.Dom.IElement Cell(AngleSharp.Dom.IDocument email) => email.QuerySelectorAll("td.article")
            .Single(td => td.QuerySelector("h2 a")!.GetAttribute("href")!.EndsWith("/news/articles/compassionate-school-mental-health-model/", StringComparison.Ordinal));
        var full = Cell(first).TextContent;
        var reminder = Cell(again).TextContent;
        Assert.True(reminder.Length < full.Length / 2, $"the reprint is {reminder.Length} characters, the original {full.Length}");
        Assert.Contains("on the web", reminder);

        // In plain text too: the article's section (between two rules) is a reminder, not the text.
        var title = Cell(again).QuerySelector("h2")!.TextContent;
        string Section(string id) => Text(id).Split(new string('-', 72)).Single(part => part.Contains(title, StringComparison.Ordinal));
        Assert.True(Section("2022-01").Length < Section("2021-11").Length / 2, Section("2022-01"));

        // The web page of the issue does the same.
        var web = site.Page("news/2022-01/index.html").QuerySelector("#article-compassionate-school-mental-health-model")!.ParentElement!;
        Assert.NotNull(web.QuerySelector(".news-reprint a[href='/news/articles/compassionate-school-mental-health-model/']"));
    }

    [Theory]
    [MemberData(nameof(Issues))]
    public void A_full_article_is_not_followed_by_a_redundant_read_on_the_web_link(string id)
    {
        var email = Parser.ParseDocument(Html(id));
        foreach (var cell in email.QuerySelectorAll("td.article").Where(td => td.QuerySelector(".more") is not null))
            Assert.True(cell.QuerySelectorAll("p").Length <= 2, "only a reprinted article (summary + link) ends with 'Read … on the web'");
    }

    [Fact]
    public void The_inliner_follows_specificity_and_drops_every_style_and_script_element()
    {
        var document = CssInliner.Inline(
            "<html><head><script>alert(1)</script></head><body><p class=\"x\" style=\"margin: 0\">a</p><p>b</p></body></html>",
            "p { color: #111111; font-size: 12px } .x { color: rgba(255, 0, 0, 1) } p { font-size: 14px }");
        var paragraphs = document.QuerySelectorAll("p");
        Assert.Equal(["color: #ff0000", "font-size: 14px", "margin: 0"], Declarations(paragraphs[0]));
        Assert.Equal(["color: #111111", "font-size: 14px"], Declarations(paragraphs[1]));
        Assert.Empty(document.QuerySelectorAll("style, script"));
    }

    static IEnumerable<string> Declarations(IElement element) =>
        (element.GetAttribute("style") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
}
