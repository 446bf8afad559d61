using HeartSite.Site;

namespace HeartSite.Content.News.Email;

/// <summary>
/// What every email edition says at its foot, so readers (and spam filters) know who sent it and
/// why: the sender, the reason the reader gets it, and where to unsubscribe. Shared by the HTML
/// template (as <c>footer</c>) and the plain-text edition, so the two never disagree.
/// </summary>
public static class EmailFooter
{
    public static string Sender(SiteData site) =>
        $"Compassion Action News is sent by the {site.Title} ({site.Tagline}), every other month.";

    public const string Reason = "You get this email because you signed up for Compassion Action News.";
}
