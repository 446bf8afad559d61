using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Site;

/// <summary>
/// Hostile text in every kind of value (titles, summaries, a location, a data file) comes out of
/// every layout and the email edition as inert text: no new element or attribute, quotes kept
/// inside their attribute, and template-looking text written as it is, never evaluated.
/// </summary>
public sealed class TemplateEscapingTests(TemplateEscapingTests.HostileSite hostile) : IClassFixture<TemplateEscapingTests.HostileSite>
{
    // Every value below ends as one sentence, since summaries and definitions must be one.
    const string Hostile = "Hi <script>alert(1)</script> <b onmouseover=\"x()\">\"q\" 'a'</b> {{ 7*7 }} {% for x in y %}z{% endfor %} ok";
    static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    static readonly HtmlParser Parser = new();

    /// <summary>The scratch site with hostile values everywhere, built once for every layout's row (the build is the same for each).</summary>
    public sealed class HostileSite : IDisposable
    {
        readonly ScratchSite _site = new("event-series.yml");

        public HostileSite()
        {
            var h = Yaml(Hostile);
            var sentence = Yaml(Hostile + ".");
            var siteYml = File.ReadAllText(Path.Combine(Repo.Input, "data", "site.yml"));
            _site.Write("data/site.yml", System.Text.RegularExpressions.Regex.Replace(siteYml, "(?m)^tagline: .*$", "tagline: " + h));
            var series = File.ReadAllText(Path.Combine(Repo.Input, "data", "event-series.yml"));
            _site.Write("data/event-series.yml", series + $"\nhostile-series:\n  title: {h}\n  description: {h}\n");
            _site.Write("data/help.yml", $"- name: {h}\n  kind: crisis\n  for: {h}\n  description: {h}\n  reach:\n    - how: call\n      label: {h}\n      phone: \"988\"\n      note: {h}\n  hours: {h}\n  languages: [{h}]\n  source_url: https://example.org/\n");
            _site.Write("data/audiences.yml", $"educators:\n  title: {h}\n  intro: {h}\n");
            _site.Write("pages/index.md", $"---\ntitle: {h}\ndescription: {h}\nlayout: home\n---\nHome.\n");
            _site.Write("pages/about.md", $"---\ntitle: {Yaml(Hostile + " about")}\ndescription: {h}\n---\nAbout.\n");
            _site.Write("pages/search.md", $"---\ntitle: {Yaml(Hostile + " search")}\ndescription: {h}\nlayout: search\n---\nBrowse.\n");
            _site.Write("tip-sheets/sheet.md", $"---\ntitle: {h}\nsummary: {sentence}\naudiences: [educators]\npillars: [prevention]\nupdated: 2022-01-04\norder: 1\n---\nText.\n");
            _site.Write("glossary/term.md", $"---\nterm: {h}\ndefinition: {sentence}\naliases: [{Yaml(Hostile + " alias")}]\n---\nMore.\n");
            _site.Write("news/articles/story.md", $"---\ntitle: {h}\nsummary: {h}\nauthor: {h}\ndate: 2022-01-04\n---\nStory.\n");
            _site.Write("news/2022-01.md", $"---\nnumber: 1\ndate: 2022-01-04\ntitle: {h}\nsummary: {h}\narticles: [story]\n---\nIntro.\n");
            _site.Write("events/meet.md", $"---\ntitle: {h}\nsummary: {h}\nstart: 2022-03-16T15:00\nend: 2022-03-16T16:00\nplace: {h}\nseries: hostile-series\n---\nEvent.\n");
            Outcome = _site.Build();
        }

        public HeartSite.Site.BuildOutcome Outcome { get; }

        public string Read(string page) => _site.Read(page);

        public void Dispose() => _site.Dispose();
    }

    public static TheoryData<string, string> EveryLayout => new()
    {
        { "home", "index.html" },
        { "page", "about/index.html" },
        { "tip-sheet", "tip-sheets/sheet/index.html" },
        { "tip-sheets", "tip-sheets/index.html" },
        { "glossary-entry", "glossary/term/index.html" },
        { "glossary", "glossary/index.html" },
        { "news-article", "news/articles/story/index.html" },
        { "news-issue", "news/2022-01/index.html" },
        { "news-archive", "news/index.html" },
        { "event", "events/meet/index.html" },
        { "events", "events/index.html" },
        { "event-series", "events/series/hostile-series/index.html" },
        { "find-help", "find-help/index.html" },
        { "audience", "for/educators/index.html" },
        { "search", "search/index.html" },
        { "404", "404.html" },
        { "email", "news/2022-01/email.html" },
    };

    [Fact]
    public void The_table_covers_every_layout_in_the_theme() =>
        Assert.Equal(Directory.GetFiles(Path.Combine(Repo.Theme, "layouts"), "*.sbn-html").Select(f => Path.GetFileName(f).Split('.')[0])
                .Where(n => n != "base").Order(), EveryLayout.Select(row => row.Data.Item1).Where(n => n != "email").Order());

    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void Hostile_values_come_out_as_inert_text(string layout, string page)
    {
        var outcome = hostile.Outcome;
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var html = hostile.Read(page);
        var document = Parser.ParseDocument(html);

        // No element or event handler came from a value: the only scripts are the theme's JSON-LD and its search script.
        Assert.All(document.QuerySelectorAll("script:not([src='/assets/search.js'])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.All(document.QuerySelectorAll("script[src]"), s => Assert.Equal("", s.TextContent));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        // The value is there, as text, exactly (tags, quotes and template syntax unevaluated).
        Assert.Contains(Hostile, document.Body!.TextContent + document.Title);
        Assert.DoesNotContain("49", document.Body!.TextContent.Replace(Hostile, ""));
        Assert.DoesNotContain("zzz", document.Body!.TextContent);
        if (layout != "email")
        {
            // Quotes in an attribute stay inside it: a description from a value is the whole value.
            var description = document.QuerySelector("meta[name=description]")!.GetAttribute("content") ?? "";
            if (description.Contains("alert", StringComparison.Ordinal)) Assert.StartsWith(Hostile, description);
            Assert.Single(document.QuerySelectorAll("meta[name=description]"));
        }
    }
}
