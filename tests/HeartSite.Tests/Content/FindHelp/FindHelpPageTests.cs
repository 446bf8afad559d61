using System.Text.RegularExpressions;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.FindHelp;

public class FindHelpPageTests
{
    static string RealHelp => File.ReadAllText(Path.Combine(Repo.Input, "data", "help.yml"));

    [Fact]
    public void The_page_lists_every_resource_with_working_links_and_a_source()
    {
        using var site = new ScratchSite("help.yml");
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.File?.EndsWith("help.yml") == true);
        var page = site.Page("find-help/index.html");
        var cards = page.QuerySelectorAll("li.help-card");
        Assert.True(cards.Length >= 8, $"{cards.Length} resources");
        Assert.Equal(Regex.Matches(RealHelp, @"^- name:", RegexOptions.Multiline).Count, cards.Length);
        foreach (var card in cards)
        {
            var ways = card.QuerySelectorAll(".help-ways a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(ways);
            Assert.All(ways, href => Assert.Matches(@"^(tel:\+?\d+|sms:\+?\d+|https://\S+)$", href));
            Assert.StartsWith("https://", card.QuerySelector(".help-source a")!.GetAttribute("href"));
            Assert.NotEmpty(card.QuerySelector("h3")!.TextContent.Trim());
        }
        var hrefs = page.QuerySelectorAll(".help-ways a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("tel:911", hrefs);
        Assert.Contains("tel:988", hrefs);
        Assert.Contains("sms:988", hrefs);
        Assert.Contains("sms:741741", hrefs);
        Assert.Contains("tel:+18006624357", hrefs);
        Assert.Contains("https://988lifeline.org/chat", hrefs);
    }

    [Fact]
    public void Organisations_are_said_not_to_be_crisis_services()
    {
        using var site = new ScratchSite("help.yml");
        site.Build();
        var page = site.Page("find-help/index.html");
        Assert.NotEmpty(page.QuerySelectorAll("li.help-organisation"));
        var groups = page.QuerySelector("h2#groups")!.NextElementSibling!;
        Assert.Contains("not", groups.TextContent);
        Assert.Contains("crisis services", groups.TextContent);
    }

    [Fact]
    public void Find_help_is_first_in_the_navigation_and_linked_from_the_crisis_notice()
    {
        using var site = new ScratchSite("help.yml");
        site.Build();
        var page = site.Page("find-help/index.html");
        Assert.Equal("/find-help/", page.QuerySelector("nav a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("aside.crisis a[href='/find-help/']"));
    }

    [Fact]
    public void Removing_the_name_of_the_third_resource_is_an_error_at_its_line_in_help_yml()
    {
        using var site = new ScratchSite("help.yml");
        var lines = RealHelp.Split('\n');
        var third = lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("- name:")).ElementAt(2).i;
        // The record's first line loses its name; the next field moves up to start the list item.
        var next = lines[third + 1].TrimStart();
        lines[third] = "- " + next;
        var edited = lines.Where((_, i) => i != third + 1);
        var path = site.Write("data/help.yml", string.Join('\n', edited));
        var outcome = site.Build();
        var error = Assert.Single(outcome.Diagnostics, d => d.File == Path.GetFullPath(path));
        Assert.Equal(("HS0101", third + 1), (error.Code, error.Line));
        Assert.Contains("'name'", error.Message);
    }

    [Fact]
    public void A_resource_is_one_record_and_no_code()
    {
        using var site = new ScratchSite("help.yml");
        site.Write("data/help.yml", RealHelp + """

            - name: Test line
              kind: support
              for: Testers
              description: A line added by a test.
              reach:
                - how: call
                  label: Call the test line
                  phone: (617) 555-0123
              source_url: https://example.org/test-line
            """);
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.File?.EndsWith("help.yml") == true);
        Assert.NotNull(site.Page("find-help/index.html").QuerySelector("a[href='tel:+16175550123']"));
    }

    [Theory]
    [InlineData("call", "phone", "url: https://example.org/call")]
    [InlineData("text", "phone", "url: https://example.org/text")]
    [InlineData("tty", "phone", "note: by TTY")]
    [InlineData("chat", "url", "phone: \"988\"")]
    [InlineData("web", "url", "note: the site")]
    [InlineData("video", "url", "note: a video call")]
    public void A_way_to_reach_without_its_phone_or_url_is_HS0101_at_its_item(string how, string needed, string instead)
    {
        using var site = new ScratchSite("help.yml");
        var text = RealHelp + $"""

            - name: Test line
              kind: support
              for: Testers
              description: A line added by a test.
              reach:
                - how: {how}
                  label: Reach the test line
                  {instead}
              source_url: https://example.org/test-line
            """;
        var path = site.Write("data/help.yml", text);
        var line = text.Split('\n').ToList().FindLastIndex(l => l.Contains($"- how: {how}")) + 1;
        var error = Assert.Single(site.Build().Diagnostics, d => d.File == Path.GetFullPath(path));
        Assert.Equal(("HS0101", line), (error.Code, error.Line));
        Assert.Contains($"'{needed}'", error.Message);
        Assert.Contains($"'how: {how}'", error.Message);
        Assert.StartsWith($"add a line '{needed}: ", error.Hint);
    }
}
