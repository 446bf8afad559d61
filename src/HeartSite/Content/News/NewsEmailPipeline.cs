using HeartSite.Content.News.Email;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content.News;

/// <summary>
/// The email editions of every issue, beside its web page: <c>/news/&lt;yyyy-mm&gt;/email.html</c>
/// (table layout, styles inlined, absolute links) and <c>/news/&lt;yyyy-mm&gt;/email.txt</c>.
/// </summary>
public static class NewsEmailPipeline
{
    public const string Name = "news-email";

    /// <summary>The file names of the two editions, in each issue's folder.</summary>
    public const string EmailFile = "email.html", TextFile = "email.txt";

    public static Pipeline Create(SiteTemplates templates) => new(Name)
    {
        DependsOn = { NewsIssuesPipeline.Name },
        Process = { new Transform((_, context) => Editions(templates, context)) },
        Output = { new WriteFiles() },
    };

    static IEnumerable<Document> Editions(SiteTemplates templates, PipelineContext context)
    {
        var email = IssueEmail.Load(templates, context.Settings.ThemeRoot, context.Report);
        if (email is null) return [];
        // A translation writes only the editions of issues it translates (Languages.KeepTranslated):
        // an untranslated issue's would be inlined, styled and then dropped.
        var issues = context.OutputsOf(NewsIssuesPipeline.Name)
            .Where(issue => templates.Languages.Current.IsDefault || !Languages.SkipUntranslated.IsUntranslated(issue));
        return issues.AsParallel().AsOrdered().SelectMany(issue =>
            context.Guard(issue, () => Editions(email, templates, issue, context)) ?? []).ToList();
    }

    static IEnumerable<Document> Editions(IssueEmail email, SiteTemplates templates, Document source, PipelineContext context)
    {
        var issue = source.Get<NewsIssue>(NewsKeys.Issue)!;
        var html = email.Render(issue, context.Report);
        if (html is null) return [];
        var size = IssueEmail.SizeOf(html);
        if (size > IssueEmail.MaxBytes)
            context.Report(Diagnostic.Warning("HS0508", $"the email edition is {size / 1024} KB, over the {IssueEmail.MaxBytes / 1024} KB budget",
                "Gmail cuts off longer messages; move an article to the next issue or shorten the text", source));
        return
        [
            new Document { Source = source.Source, RelativeSource = source.RelativeSource, Destination = SetDestination.FileOf(issue.EmailUrl), Content = html }
                .With(NewsKeys.Issue, issue),
            new Document { Source = source.Source, RelativeSource = source.RelativeSource, Destination = SetDestination.FileOf(issue.TextUrl), Content = PlainTextIssue.Render(issue, templates.Site, templates.Languages.CurrentStrings) }
                .With(NewsKeys.Issue, issue),
        ];
    }
}
