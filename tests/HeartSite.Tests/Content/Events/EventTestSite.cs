using HeartSite.Engine;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.Events;

/// <summary>A small input folder (the real site.yml and series, plus the events a test writes) built with the real theme.</summary>
public sealed class EventTestSite : IDisposable
{
    readonly TempDir _temp = new();

    public EventTestSite()
    {
        Directory.CreateDirectory(Path.Combine(Input, "data"));
        File.Copy(Path.Combine(Repo.Input, "data", "site.yml"), _temp["input/data/site.yml"]);
        File.Copy(Path.Combine(Repo.Input, "data", "event-series.yml"), _temp["input/data/event-series.yml"]);
    }

    public string Input => _temp["input"];
    public string Output => _temp["_site"];

    /// <summary>Writes <c>input/events/&lt;slug&gt;.md</c> and returns its full path.</summary>
    public string Event(string slug, string frontMatter, string body = "A short description.") =>
        _temp.Write($"input/events/{slug}.md", $"---\n{frontMatter.Trim()}\n---\n{body}\n");

    // Only events are present, so links to other sections cannot resolve; the real site is link-checked elsewhere.
    public BuildOutcome Build(DateTimeOffset now) => SiteBuilder.Build(new BuildSettings(Input, Repo.Theme, Output, "/", now), check: false);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose() => _temp.Dispose();
}
