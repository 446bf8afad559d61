using HeartSite.Languages;
using HeartSite.Site;

namespace HeartSite.Content.News.Email;

/// <summary>
/// What every email edition says at its foot, so readers (and spam filters) know who sent it and
/// why: the sender, the reason the reader gets it, and where to unsubscribe. Shared by the HTML
/// template (as <c>footer</c>) and the plain-text edition, so the two never disagree; the words
/// come from the theme strings of the issue's language.
/// </summary>
public static class EmailFooter
{
    public static string Sender(SiteData site, LanguageStrings words) =>
        $"{words.Text("email_sent_by")} {site.Title} ({site.Tagline}){words.Text("email_every")}";

    public static string Reason(LanguageStrings words) => words.Text("email_reason");
}
