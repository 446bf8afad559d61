using System.Globalization;
using System.Text.RegularExpressions;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Content.News;

/// <summary>
/// Checks what only a set of issues can show: each file is named <c>yyyy-mm.md</c> after its own
/// date (HS0501, HS0502), and no two issues share a number (HS0503). Issues with errors are dropped.
/// </summary>
public sealed partial class CheckIssueFiles : IModule
{
    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])\z")]
    private static partial Regex YearMonth();

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var named = inputs.Where(d => HasGoodName(d, context)).ToList();
        var byNumber = named.GroupBy(d => d.Get<int>(NewsKeys.Number)).ToDictionary(g => g.Key, g => g.ToList());
        var output = new List<Document>();
        foreach (var issue in named)
        {
            var first = byNumber[issue.Get<int>(NewsKeys.Number)][0];
            if (first != issue)
            {
                context.Report(Diagnostic.Error("HS0503",
                    $"issue number {issue.Get<int>(NewsKeys.Number)} is already used by {first.RelativeSource}",
                    $"give this issue the next free number, {named.Max(d => d.Get<int>(NewsKeys.Number)) + 1}", issue, NewsKeys.Number));
                continue;
            }
            output.Add(issue);
        }
        return output;
    }

    /// <summary>The issue id of a file: its name without <c>.md</c>.</summary>
    public static string IdOf(Document issue) => Path.GetFileNameWithoutExtension(issue.RelativeSource ?? issue.Source ?? "");

    static bool HasGoodName(Document issue, PipelineContext context)
    {
        var id = IdOf(issue);
        var expected = issue.Get<DateOnly>(NewsKeys.Date).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (!YearMonth().IsMatch(id))
        {
            context.Report(Diagnostic.Error("HS0501", $"an issue's file name must be its year and month, like {expected}.md, not '{id}.md'",
                $"rename the file to {expected}.md", issue));
            return false;
        }
        if (id == expected) return true;
        context.Report(Diagnostic.Error("HS0502", $"the date {issue.Get<DateOnly>(NewsKeys.Date):yyyy-MM-dd} is not in {id}, the month the file name gives",
            $"set a date in {id}, or rename the file to {expected}.md", issue, NewsKeys.Date));
        return false;
    }
}
