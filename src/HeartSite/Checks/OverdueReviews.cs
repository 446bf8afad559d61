using System.Globalization;

namespace HeartSite.Checks;

/// <summary>
/// A "Last reviewed" date whose review is due by the build's clock (HS0771, a warning): guidance
/// on mental health should be read through again every <c>review_months</c>. The page carries the
/// due day (<c>data-review-due</c>), so a built site can be checked on any later day.
/// </summary>
public sealed class OverdueReviews : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        foreach (var time in page.All("time[data-review-due]"))
        {
            if (!DateOnly.TryParseExact(time.GetAttribute("data-review-due"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                || DateOnly.FromDateTime(site.Now.Date) < due) continue;
            yield return Finding.Warning("HS0771",
                $"{page.RelativePath} was last reviewed on {time.GetAttribute("datetime")}; its review was due on {due:yyyy-MM-dd}",
                "read it through, update anything that changed, then set 'reviewed:' to today's date", time, "reviewed:");
        }
    }
}
