using HeartSite.Engine.Diagnostics;

namespace HeartSite.Tests.Content.News;

public class NewsValidationTests
{
    static Diagnostic Single(HeartSite.Site.BuildOutcome outcome, string code)
    {
        Assert.False(outcome.Succeeded);
        return Assert.Single(outcome.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void An_issue_naming_a_missing_article_is_an_error_at_that_list_item_with_a_suggestion()
    {
        using var input = new NewsInput().Article("peer-support-hour").Article("classroom-wise")
            .Issue("2022-01", NewsInput.IssueFrontMatter(2, "2022-01-04", "classroom-wise", "peer-suport-hour"));
        var error = Single(input.Build(), "HS0504");
        Assert.EndsWith("2022-01.md", error.File);
        Assert.Equal(8, error.Line); // the second list item
        Assert.Contains("'peer-suport-hour'", error.Message);
        Assert.Equal("did you mean 'peer-support-hour'?", error.Hint);
    }

    [Fact]
    public void An_issue_whose_file_name_disagrees_with_its_date_is_an_error_at_the_date()
    {
        using var input = new NewsInput().Issue("2022-01", NewsInput.IssueFrontMatter(2, "2022-02-01"));
        var error = Single(input.Build(), "HS0502");
        Assert.Equal(3, error.Line); // the date line, after the opening fence and the number
        Assert.Contains("2022-02.md", error.Hint);
    }

    [Fact]
    public void An_issue_file_not_named_by_year_and_month_is_an_error()
    {
        using var input = new NewsInput().Issue("march-issue", NewsInput.IssueFrontMatter(3, "2022-03-01"));
        Assert.Contains("2022-03.md", Single(input.Build(), "HS0501").Hint);
    }

    [Fact]
    public void Two_issues_with_one_number_are_an_error_at_the_later_file_number()
    {
        using var input = new NewsInput()
            .Issue("2022-01", NewsInput.IssueFrontMatter(2, "2022-01-04"))
            .Issue("2022-03", NewsInput.IssueFrontMatter(2, "2022-03-01"));
        var error = Single(input.Build(), "HS0503");
        Assert.EndsWith("2022-03.md", error.File);
        Assert.Equal(2, error.Line); // the number line
        Assert.Contains("news/2022-01.md", error.Message);
    }

    [Fact]
    public void Listing_an_article_twice_in_one_issue_is_an_error()
    {
        using var input = new NewsInput().Article("classroom-wise")
            .Issue("2022-01", NewsInput.IssueFrontMatter(2, "2022-01-04", "classroom-wise", "classroom-wise"));
        Assert.Equal(8, Single(input.Build(), "HS0507").Line);
    }

    [Theory]
    [InlineData("number: 1\ndate: 2022-01-04\ntitle: T\narticles: []", "HS0101")]           // no summary
    [InlineData("number: one\ndate: 2022-01-04\ntitle: T\nsummary: S", "HS0103")]          // number not a number
    [InlineData("number: 1\ndate: 2022-01-32\ntitle: T\nsummary: S", "HS0105")]            // not a real date
    [InlineData("number: 1\ndate: 2022-01-04\ntitle: T\nsummary: S\narticles: {a: b}", "HS0103")] // not a list
    public void Invalid_issue_front_matter_is_reported_with_the_schema_codes(string frontMatter, string code)
    {
        using var input = new NewsInput().Issue("2022-01", frontMatter);
        Single(input.Build(), code);
    }

    [Fact]
    public void An_article_without_a_date_is_an_error()
    {
        using var input = new NewsInput();
        input.Article("x", extra: "");
        File.WriteAllText(Path.Combine(input.Root, "news/articles/x.md"), "---\ntitle: T\nsummary: S\n---\nText\n");
        Assert.Contains("'date' is required", Single(input.Build(), "HS0101").Message);
    }

    [Theory]
    [InlineData("articles: []")]
    [InlineData("")]
    public void An_issue_with_no_articles_is_valid_and_gets_every_edition(string articles)
    {
        using var input = new NewsInput().Issue("2022-05", $"number: 4\ndate: 2022-05-03\ntitle: T\nsummary: S\n{articles}");
        var outcome = input.Build();
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Empty(outcome.Diagnostics);
        foreach (var file in new[] { "news/2022-05/index.html", "news/2022-05/email.html", "news/2022-05/email.txt", "news/feed.xml", "news/feed.json" })
            Assert.True(File.Exists(Path.Combine(input.Output, file)), file);
    }
}
