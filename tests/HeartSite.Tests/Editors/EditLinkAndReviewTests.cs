using HeartSite.Engine;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Editors;

/// <summary>"Edit this page" links (site.yml 'repository') and "Last reviewed" dates with their warning (HS0771), on scratch sites.</summary>
public class EditLinkAndReviewTests
{
    static string Sheet(string extra = "") =>
        $"---\ntitle: Listening first\nsummary: How to listen before advising.\naudiences: [educators]\npillars: [prevention]\nupdated: 2021-12-01\norder: 1\n{extra}---\nListen first.\n";

    static ScratchSite WithSettings(string moreSettings)
    {
        var site = new ScratchSite();
        site.Write("data/site.yml", File.ReadAllText(Path.Combine(Repo.Input, "data", "site.yml")) + moreSettings);
        return site;
    }

    [Fact]
    public void Each_content_page_links_to_its_source_in_the_github_editor_when_the_repository_is_set()
    {
        using var site = WithSettings("repository: https://github.com/example/heart-site\n");
        site.Write("tip-sheets/listening-first.md", Sheet());
        Assert.Empty(site.Build().Diagnostics);
        var link = site.Page("tip-sheets/listening-first/index.html").QuerySelector(".edit-link a")!;
        Assert.Equal("https://github.com/example/heart-site/edit/main/input/tip-sheets/listening-first.md", link.GetAttribute("href"));
        Assert.Equal("Edit this page on GitHub", link.TextContent);
        Assert.Null(site.Page("tip-sheets/index.html").QuerySelector(".edit-link"));
    }

    [Fact]
    public void Without_a_repository_there_is_no_edit_link()
    {
        using var site = new ScratchSite();
        site.Write("tip-sheets/listening-first.md", Sheet());
        Assert.Empty(site.Build().Diagnostics);
        Assert.Null(site.Page("tip-sheets/listening-first/index.html").QuerySelector(".edit-link"));
    }

    [Fact]
    public void Last_reviewed_shows_only_when_the_reviewed_date_is_set()
    {
        using var site = new ScratchSite();
        site.Write("tip-sheets/listening-first.md", Sheet("reviewed: 2022-01-10\n"));
        site.Write("glossary/listening.md", "---\nterm: Listening\ndefinition: Paying attention to what someone says.\nreviewed: 2022-02-01\n---\nMore about it.\n");
        site.Write("glossary/advice.md", "---\nterm: Advice\ndefinition: A suggestion about what to do.\n---\nMore about it.\n");
        Assert.Empty(site.Build().Diagnostics);
        var sheet = site.Page("tip-sheets/listening-first/index.html");
        Assert.Contains(sheet.QuerySelectorAll("dt"), dt => dt.TextContent == "Last reviewed");
        Assert.Equal("January 10, 2022", sheet.QuerySelector("time[data-review-due]")!.TextContent);
        Assert.Equal("Last reviewed February 1, 2022", site.Page("glossary/listening/index.html").QuerySelector(".reviewed")!.TextContent);
        Assert.Null(site.Page("glossary/advice/index.html").QuerySelector(".reviewed"));
    }

    [Fact]
    public void A_review_older_than_review_months_is_a_warning_naming_the_file_and_line_in_build_and_check()
    {
        using var site = new ScratchSite();
        var path = site.Write("tip-sheets/listening-first.md", Sheet("reviewed: 2021-02-15\n"));
        var warning = Assert.Single(Checked(site), d => d.Code == "HS0771");
        Assert.Equal((HeartSite.Engine.Diagnostics.Severity.Warning, path, 8), (warning.Severity, warning.File, warning.Line));
        Assert.Contains("2022-02-15", warning.Message);

        Assert.True(site.Build().Succeeded); // without the checks, so there is a built site to check
        var (exit, _, error) = CliRunner.Run("check", "--output", site.Output, "--now", CliRunner.Now);
        Assert.Contains("warning HS0771", error);
        Assert.Contains("tip-sheets/listening-first/index.html", error);
        Assert.Equal(1, exit); // a scratch site's links to other sections are broken; the warning is still reported
    }

    [Fact]
    public void Review_months_in_site_yml_sets_how_long_a_review_lasts()
    {
        using var site = WithSettings("review_months: 24\n");
        site.Write("tip-sheets/listening-first.md", Sheet("reviewed: 2021-02-15\n"));
        Assert.DoesNotContain(Checked(site), d => d.Code == "HS0771");
    }

    // With the checks on: scratch sites hold one section, so other findings are left out by code.
    static IReadOnlyList<HeartSite.Engine.Diagnostics.Diagnostic> Checked(ScratchSite site) =>
        SiteBuilder.Build(new BuildSettings(site.Input, Repo.Theme, site.Output, SiteFixture.Now)).Diagnostics;
}
