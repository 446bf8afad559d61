using HeartSite.Checks;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Tests.Checks;

public class InternalLinksTests
{
    [Fact]
    public void Links_that_resolve_pass_pretty_urls_relative_links_fragments_and_other_sites_included()
    {
        using var site = new CheckHarness()
            .Page("index.html", """
                <h1 id="top-of-page">Home</h1>
                <a href="/about/">About</a> <a href="about/">About</a> <a href="/about">About</a>
                <a href="/about/#team">Team</a> <a href="#top-of-page">Top</a> <a href="#top">Top</a>
                <a href="https://988lifeline.org/">988</a> <a href="tel:988">Call</a> <a href="mailto:x@example.org">Mail</a>
                <img src="/assets/logo.png" alt="Logo"> <link rel="stylesheet" href="assets/site.css">
                """)
            .Page("about/index.html", """<h1>About</h1><h2 id="team">Team</h2><a href="../">Home</a> <a href="../index.html#main">Home</a>""")
            .File("assets/logo.png", "png").File("assets/site.css", "body{}");
        Assert.Empty(site.Run(new InternalLinks()));
    }

    [Fact]
    public void A_missing_page_is_an_error_naming_the_generated_page_and_line()
    {
        using var site = new CheckHarness().Page("index.html", "<h1>Home</h1>\n<p><a href=\"/tip-sheets/nope/\">Tip</a></p>");
        var problem = Assert.Single(site.Run(new InternalLinks()));
        Assert.Equal((Severity.Error, "HS0701"), (problem.Severity, problem.Code));
        Assert.Contains("'/tip-sheets/nope/' on index.html", problem.Message);
        Assert.Contains("tip-sheets/nope/index.html", problem.Message);
        Assert.Equal(Path.Combine(site.Root, "index.html"), problem.File);
        Assert.Equal(10, problem.Line);
    }

    [Fact]
    public void A_missing_image_script_or_stylesheet_is_an_error()
    {
        using var site = new CheckHarness().Page("index.html", "<h1>Home</h1><img src=\"gone.png\" alt=\"x\"><script src=\"/app.js\"></script>",
            head: "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n");
        var problems = site.Run(new InternalLinks());
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal("HS0701", p.Code));
    }

    [Fact]
    public void A_fragment_with_no_matching_id_is_an_error()
    {
        using var site = new CheckHarness()
            .Page("index.html", "<h1>Home</h1><a href=\"/about/#nobody\">Team</a> <a href=\"#nowhere\">Here</a>")
            .Page("about/index.html", "<h1 id=\"about\">About</h1>");
        var problems = site.Run(new InternalLinks());
        Assert.Equal(["HS0702", "HS0702"], problems.Select(p => p.Code));
        Assert.Contains(problems, p => p.Message.Contains("about/index.html has no element with id 'nobody'"));
        Assert.Contains(problems, p => p.Message.Contains("index.html has no element with id 'nowhere'"));
    }

    [Fact]
    public void Under_a_base_path_a_root_relative_link_must_start_with_it()
    {
        using var site = new CheckHarness()
            .Page("index.html", "<h1>Home</h1><a href=\"/heart-site/about/\">ok</a> <a href=\"/about/\">forgot the base path</a> <a href=\"../../outside/\">up and out</a>")
            .Page("about/index.html", "<h1>About</h1>");
        var problems = site.Run(new InternalLinks(), "/heart-site/");
        Assert.Equal(["HS0703", "HS0703"], problems.Select(p => p.Code));
        Assert.Contains(problems, p => p.Message.Contains("'/about/'"));
        Assert.Contains(problems, p => p.Message.Contains("'../../outside/'"));
    }

    [Fact]
    public void A_problem_in_page_content_is_reported_at_the_markdown_line_it_came_from()
    {
        using var site = new CheckHarness().Page("guide/index.html", "<h1>Guide</h1>\n<p>See <a href=\"/heart-site/missing/\">this</a>.</p>");
        var source = site.File("src/guide.md", "---\ntitle: Guide\n---\nIntro.\n\nSee [this](/missing/).\n").Root + "/src/guide.md";
        var problem = Assert.Single(site.Run(new InternalLinks(), "/heart-site/", new Dictionary<string, string> { ["guide/index.html"] = source }));
        Assert.Equal((source, 6, 12), (problem.File, problem.Line, problem.Column));
        Assert.Contains("guide/index.html", problem.Message);
    }
}
