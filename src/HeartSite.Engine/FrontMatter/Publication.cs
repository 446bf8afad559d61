using NodaTime;

namespace HeartSite.Engine.FrontMatter;

/// <summary>Whether a content file is on the site at a build's <c>--now</c>, and if not, why.</summary>
public enum PublicationState { Published, Draft, Scheduled, Expired }

/// <summary>
/// The front-matter fields every content file may have, whatever its type, and the rule they make:
/// <c>draft: true</c> keeps a file out of the site (unless the build includes drafts, as previews do);
/// <c>publish_date</c> keeps it out until that moment and <c>expiry_date</c> takes it out from then on,
/// both read in the site's time zone and judged against the build's clock. <c>redirect_from</c> lists
/// old addresses of the page; the site turns them into redirect pages. <c>image</c> and <c>image_alt</c>
/// name the picture link previews show for the page, and describe it.
/// </summary>
public static class Publication
{
    public const string Draft = "draft";
    public const string PublishDate = "publish_date";
    public const string ExpiryDate = "expiry_date";
    public const string RedirectFrom = "redirect_from";
    public const string Image = "image";
    public const string ImageAlt = "image_alt";

    /// <summary>Metadata of a redirect page made from <c>redirect_from</c>: the site path it sends readers to.</summary>
    public const string RedirectTarget = "redirectTo";

    public static readonly IReadOnlyList<Field> Fields =
    [
        Field.Boolean(Draft, "true keeps the file off the published site while it is being written"),
        Field.Moment(PublishDate, "the file appears on the site from this date (or date and time), in the site's time zone"),
        Field.Moment(ExpiryDate, "the file leaves the site from this date (or date and time), in the site's time zone"),
        Field.TextList(RedirectFrom, "old addresses of this page, like /old-name/, that should lead here"),
        Field.Text(Image, "the picture link previews show for this page, like /assets/picture.png (1200 × 630 pixels is best)"),
        Field.Text(ImageAlt, "what that picture shows, in one sentence, for people who cannot see it"),
    ];

    /// <summary>
    /// True when the raw (unvalidated) front matter says <c>draft: true</c>. Read before validation,
    /// because a draft left out of the build need not be complete.
    /// </summary>
    public static bool IsDraft(Document document) =>
        document.Metadata.GetValueOrDefault(Draft) is true or "true" or "True" or "TRUE";

    /// <summary>The state of a validated document (dates already converted) at the build's clock.</summary>
    public static PublicationState StateOf(Document document, BuildSettings settings)
    {
        if (document.Get<bool>(Draft)) return PublicationState.Draft;
        if (MomentOf(document, PublishDate, settings) is { } publish && settings.Now < publish) return PublicationState.Scheduled;
        if (MomentOf(document, ExpiryDate, settings) is { } expiry && settings.Now >= expiry) return PublicationState.Expired;
        return PublicationState.Published;
    }

    /// <summary>A <c>publish_date</c> or <c>expiry_date</c> as an instant, reading it in the site's time zone; null when absent.</summary>
    public static DateTimeOffset? MomentOf(Document document, string key, BuildSettings settings)
    {
        if (!document.Metadata.TryGetValue(key, out var value) || value is not DateTime local) return null;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(settings.TimeZone) ?? DateTimeZone.Utc;
        // A local time the clocks skip or repeat is read as the first moment that fits: close enough for "from then on".
        return LocalDateTime.FromDateTime(local).InZoneLeniently(zone).ToDateTimeOffset();
    }
}
