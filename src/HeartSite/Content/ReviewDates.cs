using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Site;

namespace HeartSite.Content;

/// <summary>
/// "Last reviewed" for guidance that goes stale (tip sheets, glossary entries): the optional
/// <c>reviewed:</c> date an editor sets after reading the text through, and the day it is due
/// again, <c>review_months</c> (site.yml) later. Pages carry the due day in the markup, so the
/// checks (HS0771) can warn about an overdue review in <c>build</c> and <c>check</c> alike.
/// </summary>
public static class ReviewDates
{
    public const string Reviewed = "reviewed";
    public const string Due = "reviewDue";

    public static readonly Field Field = Engine.FrontMatter.Field.Date(Reviewed,
        "the day someone last read the text through and found it still right, like 2022-01-19");

    /// <summary>The document with its review's due day added, when it has a <c>reviewed</c> date.</summary>
    public static Document WithDue(Document document, SiteData site) =>
        document.Metadata.GetValueOrDefault(Reviewed) is DateOnly reviewed
            ? document.With(Due, reviewed.AddMonths(site.ReviewMonths))
            : document;
}
