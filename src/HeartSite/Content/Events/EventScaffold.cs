using System.Globalization;
using HeartSite.Engine.Modules;

namespace HeartSite.Content.Events;

/// <summary>The <c>event</c> content type for <c>heartsite new event "Title"</c>: a valid file two weeks out, to edit.</summary>
public static class EventScaffold
{
    public static readonly ContentType ContentType = new("event", "events", EventSchema.Schema, Write);

    /// <summary>An online event in the site's default zone, 3–4 p.m. two weeks after today; the slug avoids existing files.</summary>
    public static Scaffold Write(ScaffoldRequest request)
    {
        var baseSlug = AssignSlugs.Suggest(request.Title);
        if (baseSlug.Length == 0) baseSlug = "event";
        var slug = baseSlug;
        for (var n = 2; File.Exists(Path.Combine(request.InputRoot, "events", slug + ".md")); n++) slug = $"{baseSlug}-{n}";

        var day = DateOnly.FromDateTime(request.Now.Date).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = $"""
            ---
            {Scaffold.DraftLines}
            title: {YamlText.Quote(request.Title)}
            summary: "Say in one or two sentences what happens and who it is for."
            start: {day}T15:00
            end: {day}T16:00
            # time_zone: America/New_York   (the default, from data/site.yml)
            online: https://mhttcnetwork.org/centers/new-england-mhttc/home
            # place: street address, for an in-person event
            registration: https://mhttcnetwork.org/centers/new-england-mhttc/home
            # series: heart-webinar-series   (a slug from data/event-series.yml)
            status: scheduled
            audience:
              - educators
            ---
            Describe the event here: what participants will do and what they will take away.

            """;
        return new Scaffold($"events/{slug}.md", text);
    }
}
