using System.Globalization;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Safety;

namespace HeartSite.Content.Events;

/// <summary>The <c>event</c> content type for <c>heartsite new event "Title"</c>: a valid file two weeks out, to edit.</summary>
public static class EventScaffold
{
    public static readonly ContentType ContentType = new("event", "events", EventSchema.Schema, Write);

    /// <summary>An online event in the site's default zone, 3–4 p.m. two weeks after today; the slug avoids existing files.</summary>
    public static Scaffold Write(ScaffoldRequest request)
    {
        var baseSlug = TitleSlug.From(request.Title, "event");
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
            # online: https://…   (the link to join, only when the organizers give it)
            # place: street address, for an in-person event
            # registration: https://…   (only a page about this event)
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
