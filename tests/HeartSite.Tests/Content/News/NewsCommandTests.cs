using HeartSite.Content;
using HeartSite.Content.News;
using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.News;

public class NewsCommandTests(RealSiteCliBuild cliBuild)
{
    const string Now = CliRunner.Now;

    [Fact]
    public void Export_writes_the_html_and_text_editions_of_one_issue_and_nothing_else()
    {
        using var temp = new TempDir();
        var (exit, output, error) = CliRunner.Run("news", "export", "2022-01", "--input", Repo.Input, "--theme", Repo.Theme, "--out", temp["out"], "--now", Now);
        Assert.True(exit == 0, error);
        Assert.Equal(["compassion-action-news-2022-01.html", "compassion-action-news-2022-01.txt"],
            Directory.GetFiles(temp["out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Wrote", output);
        var html = File.ReadAllText(temp["out/compassion-action-news-2022-01.html"]);
        Assert.Contains("A new year, a new website, a new webinar series", html);
        Assert.DoesNotContain("<style", html);
        Assert.Contains("Our website and tip sheets are here", File.ReadAllText(temp["out/compassion-action-news-2022-01.txt"]));
    }

    [Fact]
    public void Export_gives_the_same_editions_as_the_site_build()
    {
        using var temp = new TempDir();
        // The site build is the shared plain `build` of the real input (same command, same --now).
        Assert.Equal(0, cliBuild.Result.Exit);
        var site = cliBuild.Output;
        Assert.Equal(0, CliRunner.Run("news", "export", "2022-03", "--input", Repo.Input, "--theme", Repo.Theme, "--out", temp["out"]).Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(site, "news/2022-03/email.html")), File.ReadAllText(temp["out/compassion-action-news-2022-03.html"]));
        Assert.Equal(File.ReadAllText(Path.Combine(site, "news/2022-03/email.txt")), File.ReadAllText(temp["out/compassion-action-news-2022-03.txt"]));
    }

    [Fact]
    public void Export_with_a_base_url_links_every_page_of_the_site_under_that_address()
    {
        using var temp = new TempDir();
        const string Base = "https://example.org/heart/";
        var (exit, _, error) = CliRunner.Run("news", "export", "2022-03", "--input", Repo.Input, "--theme", Repo.Theme, "--out", temp["out"], "--now", Now, "--base-url", Base);
        Assert.True(exit == 0, error);
        var html = File.ReadAllText(temp["out/compassion-action-news-2022-03.html"]);
        var text = File.ReadAllText(temp["out/compassion-action-news-2022-03.txt"]);
        var links = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .Concat(System.Text.RegularExpressions.Regex.Matches(text, @"https?://[^\s)\]>]+").Select(m => m.Value)).ToList();
        // Other websites (the crisis line), phone links and the email service's unsubscribe tag are not pages of this site.
        string[] elsewhere = ["https://988lifeline.org/", "tel:", "*|UNSUB|*"];
        var ours = links.Where(l => !elsewhere.Any(l.StartsWith)).ToList();
        Assert.True(ours.Count >= 8, string.Join("\n", links));
        Assert.All(ours, link => Assert.StartsWith(Base, link));
        Assert.DoesNotContain("heartcollective.info", html + text);
    }

    [Fact]
    public void Every_option_export_lists_changes_what_it_writes()
    {
        using var temp = new TempDir();
        string Export(string folder, params string[] more)
        {
            string[] folders = [.. more.Contains("--input") ? [] : new[] { "--input", Repo.Input }, .. more.Contains("--theme") ? [] : new[] { "--theme", Repo.Theme }];
            var (exit, _, error) = CliRunner.Run(["news", "export", "2022-03", .. folders, "--out", temp[folder], .. more]);
            return exit == 0 ? File.ReadAllText(temp[$"{folder}/compassion-action-news-2022-03.html"]) : $"exit {exit}: {error}";
        }
        var plain = Export("plain", "--now", Now);
        Assert.NotEqual(plain, Export("url", "--now", Now, "--base-url", "https://example.org/heart/"));
        // --now decides what is published: a scheduled issue exports only from its publish_date on.
        var input = temp.CopyFrom(Repo.Input, "input");
        var issue = Path.Combine(input, "news", "2022-03.md");
        File.WriteAllText(issue, "---\npublish_date: 2022-03-04\n" + File.ReadAllText(issue)["---\n".Length..]);
        Assert.Equal(plain, Export("on-time", "--input", input, "--now", "2022-03-04T09:00:00-05:00"));
        var early = Export("early", "--input", input, "--now", Now);
        Assert.Contains("exit 1", early);
        Assert.Contains("HS0520: issue 2022-03 is not published at 2022-03-01T09:00:00-05:00", early);
        Assert.StartsWith("exit 2", Export("path", "--now", Now, "--base-path", "/heart/"));
        var theme = temp.CopyFrom(Repo.Theme, "theme");
        var template = Path.Combine(theme, "email", "issue.sbn-html");
        File.WriteAllText(template, File.ReadAllText(template).Replace(">{{ strings.all_issues }}<", ">Every issue<"));
        Assert.NotEqual(plain, Export("theme", "--now", Now, "--theme", theme));
    }

    [Fact]
    public void Exporting_an_unknown_issue_fails_with_exit_1_and_names_the_issues_there_are()
    {
        using var temp = new TempDir();
        var (exit, _, error) = CliRunner.Run("news", "export", "2023-03", "--input", Repo.Input, "--theme", Repo.Theme, "--out", temp["out"]);
        Assert.Equal(1, exit);
        Assert.Contains("error HS0520: there is no issue 2023-03", error);
        Assert.Contains("2021-11, 2022-01, 2022-03", error);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Exporting_an_issue_with_content_errors_fails_with_exit_1_and_the_diagnostic()
    {
        using var input = new NewsInput().Issue("2022-01", NewsInput.IssueFrontMatter(2, "2022-01-04", "missing-article"));
        var (exit, _, error) = CliRunner.Run("news", "export", "2022-01", "--input", input.Root, "--theme", Repo.Theme, "--out", input.Output);
        Assert.Equal(1, exit);
        Assert.Contains("error HS0504", error);
    }

    [Theory]
    [InlineData("news", "export", "march")]
    [InlineData("news", "export")]
    [InlineData("news", "export", "2022-13")]
    [InlineData("news", "export", "2022-03", "--input", "/no/such/folder")]
    [InlineData("news", "new", "--surprise")]
    public void Bad_usage_exits_with_2(params string[] args) => Assert.Equal(2, CliRunner.Run(args).Exit);

    [Fact]
    public void New_scaffolds_the_next_issue_two_months_on_with_no_articles_and_never_overwrites_a_file()
    {
        using var temp = new TempDir();
        var input = temp.CopyFrom(Repo.Input, "input");
        var (exit, output, error) = CliRunner.Run("news", "new", "--input", input, "--now", Now, "--title", "Spring: what we learned");
        Assert.True(exit == 0, error);
        var path = Path.Combine(input, "news", "2022-05.md");
        Assert.Contains("2022-05.md", output);
        var created = File.ReadAllText(path);

        var document = ParseFrontMatter.Parse(new Document { Source = path, RelativeSource = "news/2022-05.md", Content = created }, d => Assert.Fail(d.Message))!;
        var valid = NewsSchemas.Issue.With(Publication.Fields).Validate(document, d => Assert.Fail(d.Message))!;
        Assert.Equal(4, valid.Get<int>(NewsKeys.Number));
        Assert.Equal(new DateOnly(2022, 5, 1), valid.Get<DateOnly>(NewsKeys.Date));
        Assert.Equal("Spring: what we learned", valid.GetString(Keys.Title));
        Assert.Empty(valid.Get<IReadOnlyList<string>>(NewsKeys.Articles)!);

        // The scaffold is a draft: the site builds without it, and a preview with it (an issue with no articles is valid).
        var outcome = WithoutSearch.Run(() => SiteBuilder.Build(new BuildSettings(input, Repo.Theme, temp["_site"], SiteFixture.Now)));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.False(File.Exists(temp["_site/news/2022-05/index.html"]));
        outcome = WithoutSearch.Run(() => SiteBuilder.Build(new BuildSettings(input, Repo.Theme, temp["_site"], SiteFixture.Now) { IncludeDrafts = true }));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.True(File.Exists(temp["_site/news/2022-05/index.html"]));
        Assert.Contains("Next: open", output);

        // Run again, the new issue counts as the newest: the next one is two months later.
        Assert.Equal(0, CliRunner.Run("news", "new", "--input", input, "--now", Now).Exit);
        Assert.True(File.Exists(Path.Combine(input, "news", "2022-07.md")));

        // A half-written draft that does not parse yet is not counted, but it is never overwritten.
        var draft = Path.Combine(input, "news", "2022-09.md");
        const string Draft = "---\nnumber: [6\n---\nDraft in progress\n";
        File.WriteAllText(draft, Draft);
        var refused = CliRunner.Run("news", "new", "--input", input, "--now", Now);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("error HS0521: news/2022-09.md already exists", refused.Err);
        Assert.Equal(Draft, File.ReadAllText(draft));
        Assert.Equal(created, File.ReadAllText(path));
    }

    [Fact]
    public void The_first_issue_is_number_1_in_the_current_month()
    {
        using var temp = new TempDir();
        var scaffold = NewsScaffolds.Issue.Scaffold(new ScaffoldRequest("First", DateTimeOffset.Parse(Now), temp.Path));
        Assert.Equal("news/2022-03.md", scaffold.RelativePath);
        Assert.Contains("number: 1\n", scaffold.Text);
    }

    [Fact]
    public void An_article_scaffold_is_valid_and_named_after_its_title()
    {
        var scaffold = NewsScaffolds.Article.Scaffold(new ScaffoldRequest("Peer support: spring sessions", DateTimeOffset.Parse(Now), Repo.Input));
        Assert.Equal("news/articles/peer-support-spring-sessions.md", scaffold.RelativePath);
        var document = ParseFrontMatter.Parse(new Document { Source = "/x.md", RelativeSource = scaffold.RelativePath, Content = scaffold.Text }, d => Assert.Fail(d.Message))!;
        Assert.NotNull(NewsSchemas.Article.With(Publication.Fields).Validate(document, d => Assert.Fail(d.Message)));
        Assert.Contains(SiteContentTypes.All, t => t.Name == "article" && t.Folder == "news/articles");
        Assert.Contains(SiteContentTypes.All, t => t.Name == "issue" && t.Folder == "news");
    }
}
