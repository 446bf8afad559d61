using HeartSite.Engine.Diagnostics;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Editors;

/// <summary>Drafts, publish_date and expiry_date: the same rule for every content type, judged at --now (2022-03-01 09:00 EST).</summary>
public class PublicationTests
{
    const string Article = "news/articles/spring-update.md";
    const string ArticlePage = "news/articles/spring-update/index.html";

    static string ArticleText(string extra) =>
        $"---\ntitle: Spring update\nsummary: What is new this spring.\ndate: 2022-02-20\n{extra}---\nThe spring update.\n";

    [Fact]
    public void A_publish_date_after_now_hides_an_article_and_one_before_shows_it_read_in_the_sites_time_zone()
    {
        using var site = new RealSiteCopy();
        // 09:30 in New York is after 09:00 EST; read as UTC it would be hours before.
        site.Write(Article, ArticleText("publish_date: 2022-03-01T09:30\n"));
        Assert.Empty(site.Build().Diagnostics);
        Assert.False(site.Has(ArticlePage));
        Assert.DoesNotContain("spring-update", site.Read("sitemap.xml"));

        site.Write(Article, ArticleText("publish_date: 2022-03-01T08:30\n"));
        Assert.Empty(site.Build().Diagnostics);
        Assert.True(site.Has(ArticlePage));
        Assert.Contains("spring-update", site.Read("sitemap.xml"));

        site.Write(Article, ArticleText("publish_date: 2022-02-28\n"));
        Assert.Empty(site.Build().Diagnostics);
        Assert.True(site.Has(ArticlePage));
    }

    [Fact]
    public void An_expiry_date_takes_a_page_and_an_event_out_from_that_moment()
    {
        using var site = new RealSiteCopy();
        site.AddToFrontMatter("events/heart-learning-collaborative-info-session-2021-08-16.md", "expiry_date: 2022-03-01");
        site.AddToFrontMatter("tip-sheets/ways-to-support-advocacy.md", "expiry_date: 2022-03-01T09:01");
        Assert.Empty(site.Build().Diagnostics);
        Assert.False(site.Has("events/heart-learning-collaborative-info-session-2021-08-16/index.html"));
        Assert.DoesNotContain("heart-learning-collaborative-info-session-2021-08-16", site.Read("events/calendar.ics"));
        Assert.DoesNotContain("heart-learning-collaborative-info-session-2021-08-16", site.Read("index.html"));
        Assert.True(site.Has("tip-sheets/ways-to-support-advocacy/index.html"), "expires a minute after now");
    }

    [Fact]
    public void A_scheduled_event_is_out_of_the_calendar_and_the_home_page_until_its_publish_date()
    {
        using var site = new RealSiteCopy();
        site.AddToFrontMatter("events/heart-learning-collaborative-info-session-2021-09-01.md", "publish_date: 2022-03-02");
        Assert.Empty(site.Build().Diagnostics);
        Assert.DoesNotContain("heart-learning-collaborative-info-session-2021-09-01", site.Read("events/calendar.ics"));
        Assert.DoesNotContain("heart-learning-collaborative-info-session-2021-09-01", site.Read("index.html"));
        Assert.DoesNotContain("heart-learning-collaborative-info-session-2021-09-01", site.Read("events/index.html"));
    }

    [Fact]
    public void A_draft_is_not_checked_until_it_is_built_and_may_have_an_empty_body_while_a_published_file_may_not()
    {
        using var site = new RealSiteCopy();
        // Half-written: no summary, a misspelt audience, no text. Left out, it cannot fail the build.
        site.Write("tip-sheets/half-written.md", "---\ndraft: true\ntitle: Half written\naudiences: [teachers]\n---\n");
        Assert.Empty(site.Build().Diagnostics);
        Assert.False(site.Has("tip-sheets/half-written/index.html"));

        // In a preview it is checked like any file, except that an empty body is allowed.
        site.Write("pages/coming-soon.md", "---\ndraft: true\ntitle: Coming soon\ndescription: A page still being written.\n---\n");
        site.Write("tip-sheets/half-written.md", "---\ndraft: true\ntitle: Half written\n---\n");
        var preview = site.Build(drafts: true);
        Assert.Equal(["HS0101"], preview.Diagnostics.Where(d => d.File!.EndsWith("half-written.md")).Select(d => d.Code).Distinct());
        Assert.DoesNotContain(preview.Diagnostics, d => d.File!.EndsWith("coming-soon.md"));

        // Once 'draft' goes, the empty body is an error at the line where the text should start.
        site.Write("tip-sheets/half-written.md", "---\ndraft: false\ntitle: Half written\nsummary: How to start.\naudiences: [educators]\npillars: [prevention]\nupdated: 2022-02-01\norder: 9\n---\n\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("HS0109", 10, Severity.Error), (error.Code, error.Line, error.Severity));
    }

    [Fact]
    public void An_issue_cannot_be_published_before_an_article_it_lists()
    {
        using var site = new RealSiteCopy();
        site.Write(Article, ArticleText("publish_date: 2022-04-01\n"));
        site.AddToFrontMatter("news/2022-03.md", "");
        var issue = Path.Combine(site.Input, "news", "2022-03.md");
        File.WriteAllText(issue, File.ReadAllText(issue).Replace("articles:\n", "articles:\n  - spring-update\n"));
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("HS0510", error.Code);
        Assert.Contains("'spring-update' is scheduled for 2022-04-01", error.Message);
        Assert.EndsWith("2022-03.md", error.File);

        site.Write(Article, ArticleText("draft: true\n"));
        Assert.Contains("'spring-update' is a draft", Assert.Single(site.Build().Diagnostics).Message);
    }

    [Theory]
    [InlineData("draft: maybe", "HS0103")]
    [InlineData("publish_date: next week", "HS0103")]
    [InlineData("publish_date: 2022-02-30", "HS0105")]
    [InlineData("publish_date: 2022-02-01\nexpiry_date: 2022-01-01", "HS0111")]
    public void Bad_publication_settings_are_errors_at_their_line(string lines, string code)
    {
        // A front-matter error is the file's own: a scratch site holding only the real about.md shows it.
        using var site = new ScratchSite();
        var about = File.ReadAllText(Path.Combine(Repo.Input, "pages", "about.md"));
        site.Write("pages/about.md", "---\n" + lines + "\n" + about["---\n".Length..]);
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.EndsWith("about.md", error.File);
        Assert.True(error.Line >= 2, error.ToString());
    }
}
