using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.News;

/// <summary>site.yml's <c>newsletter_signup_url</c>: the archive offers sign-up only when it is set.</summary>
public class NewsSignupTests
{
    [Fact]
    public void The_archive_shows_the_sign_up_link_only_when_the_setting_is_given()
    {
        using var site = new ScratchSite();
        Assert.Empty(site.Build().Diagnostics);
        Assert.Null(site.Page("news/index.html").QuerySelector("main a[href^='https://example.org']"));

        File.AppendAllText(Path.Combine(site.Input, "data", "site.yml"), "newsletter_signup_url: https://example.org/sign-up\n");
        Assert.Empty(site.Build().Diagnostics);
        var link = site.Page("news/index.html").QuerySelector("main a[href='https://example.org/sign-up']");
        Assert.Equal("Sign up for Compassion Action News", link?.TextContent);
    }

    [Fact]
    public void A_reading_grade_that_is_not_a_number_is_HS0103_at_its_line()
    {
        using var site = new ScratchSite();
        var path = Path.Combine(site.Input, "data", "site.yml");
        File.WriteAllLines(path, [.. File.ReadAllLines(path).Where(l => !l.StartsWith("reading_grade:")), "reading_grade: eighth"]);
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("HS0103", File.ReadAllLines(path).Length), (problem.Code, problem.Line));
    }
}
