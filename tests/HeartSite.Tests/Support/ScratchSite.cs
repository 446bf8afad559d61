using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Site;

namespace HeartSite.Tests.Support;

/// <summary>
/// A small input folder in a temp directory, with the real site.yml and theme, for tests that
/// build a handful of files and look at the diagnostics or the pages.
/// </summary>
public sealed class ScratchSite : IDisposable
{
    static readonly HtmlParser Parser = new();
    readonly TempDir _temp = new();

    /// <summary>A site with the real <c>data/site.yml</c> and the other real data files named (e.g. <c>event-series.yml</c>).</summary>
    public ScratchSite(params string[] dataFiles)
    {
        foreach (var name in dataFiles.Prepend("site.yml"))
            _temp.Write($"input/data/{name}", File.ReadAllText(Path.Combine(Repo.Input, "data", name)));
    }

    public string Input => _temp["input"];
    public string Output => _temp["_site"];

    /// <summary>Writes a file under the input folder, returning its full path.</summary>
    public string Write(string relative, string content) => _temp.Write(Path.Combine("input", relative), content);

    // Scratch sites hold one content type, so links to the other sections cannot resolve; the real
    // site's links are checked by the whole-site tests.
    public BuildOutcome Build(DateTimeOffset? now = null, bool drafts = false) =>
        SiteBuilder.Build(new BuildSettings(Input, Repo.Theme, Output, now ?? SiteFixture.Now) { IncludeDrafts = drafts }, check: false);

    /// <summary>True when the last build wrote <paramref name="relative"/>.</summary>
    public bool Has(string relative) => File.Exists(Path.Combine(Output, relative));

    /// <summary>The text of a generated file.</summary>
    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    /// <summary>Builds and returns the diagnostics that concern <paramref name="relative"/> (an input file).</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsFor(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Input, relative));
        return Build().Diagnostics.Where(d => d.File == path).ToList();
    }

    public IHtmlDocument Page(string relative) => Parser.ParseDocument(Read(relative));

    public void Dispose() => _temp.Dispose();
}
