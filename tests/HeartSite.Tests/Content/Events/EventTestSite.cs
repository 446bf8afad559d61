using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Events;

/// <summary>A small input folder (the real site.yml and series, plus the events a test writes) built with the real theme.</summary>
public sealed class EventTestSite : IDisposable
{
    readonly ScratchSite _site = new("event-series.yml");

    public string Input => _site.Input;
    public string Output => _site.Output;

    /// <summary>Writes <c>input/events/&lt;slug&gt;.md</c> and returns its full path.</summary>
    public string Event(string slug, string frontMatter, string body = "A short description.") =>
        _site.Write($"events/{slug}.md", $"---\n{frontMatter.Trim()}\n---\n{body}\n");

    public BuildOutcome Build(DateTimeOffset now) => _site.Build(now);

    public string Read(string relative) => _site.Read(relative);

    public void Dispose() => _site.Dispose();
}
