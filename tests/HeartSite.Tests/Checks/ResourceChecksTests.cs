using HeartSite.Checks;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Tests.Checks;

public class ResourceChecksTests
{
    [Fact]
    public void A_page_and_its_stylesheet_over_50_KiB_break_the_budget()
    {
        using var site = new CheckHarness()
            .Page("small/index.html", "<h1>ok</h1>", head: "<link rel=\"stylesheet\" href=\"/site.css\">\n")
            .Page("big/index.html", "<h1>big</h1><p>" + new string('x', 30 * 1024) + "</p>", head: "<link rel=\"stylesheet\" href=\"/site.css\">\n")
            .File("site.css", "/*" + new string('c', 21 * 1024) + "*/");
        var problem = Assert.Single(site.Run(new PageBudget()));
        Assert.Equal((Severity.Error, "HS0750"), (problem.Severity, problem.Code));
        Assert.StartsWith("big/index.html and its stylesheets (site.css) weigh 51.", problem.Message);
    }

    [Fact]
    public void More_than_10_KiB_of_script_breaks_the_budget()
    {
        using var site = new CheckHarness()
            .Page("index.html", "<h1>x</h1><script src=\"/a.js\"></script><script>" + new string(' ', 2048) + "</script>")
            .File("a.js", new string(';', 9 * 1024));
        var problem = Assert.Single(site.Run(new PageBudget()));
        Assert.Equal((Severity.Error, "HS0751"), (problem.Severity, problem.Code));
    }

    [Fact]
    public void Fonts_scripts_styles_and_images_from_other_sites_are_errors_but_links_to_them_are_not()
    {
        using var site = new CheckHarness()
            .Page("index.html", """
                <h1>x</h1><a href="https://988lifeline.org/">988</a> <img src="data:image/gif;base64,R0lGOD" alt="">
                <script src="https://cdn.example.com/x.js"></script> <img src="//img.example.com/a.png" alt="a">
                <img src="/local.png" srcset="/local.png 1x, https://img.example.com/b.png 2x" alt="b">
                <p style="background: url('https://img.example.com/c.png')">x</p>
                """, head: """
                <link rel="stylesheet" href="https://fonts.example.com/css?family=X">
                <link rel="alternate" type="application/rss+xml" href="https://www.example.org/feed.xml">
                <link rel="stylesheet" href="/site.css">

                """)
            .File("site.css", "@import \"https://cdn.example.com/reset.css\"; body { background: url(/ok.png); } @font-face { src: url(https://fonts.example.com/f.woff2); }");
        var problems = site.Run(new ExternalResources());
        Assert.All(problems, p => Assert.Equal((Severity.Error, "HS0760"), (p.Severity, p.Code)));
        Assert.Equal(
            ["'//img.example.com/a.png'", "'https://cdn.example.com/reset.css'", "'https://cdn.example.com/x.js'", "'https://fonts.example.com/css?family=X'",
             "'https://fonts.example.com/f.woff2'", "'https://img.example.com/b.png'", "'https://img.example.com/c.png'"],
            problems.Select(p => p.Message.Split(' ').Single(w => w.StartsWith('\''))).Order(StringComparer.Ordinal));
        Assert.Equal(2, problems.Count(p => p.File!.EndsWith("site.css")));
    }
}
