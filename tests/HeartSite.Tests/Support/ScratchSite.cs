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

    /// <summary>
    /// A site with the real <c>data/site.yml</c> cut to its default language, and the other real data
    /// files named (e.g. <c>event-series.yml</c>). Every language of site.yml costs each build its own
    /// run of every pipeline, about two thirds of a small build; tests of translations ask for them
    /// with <see cref="InEveryLanguage"/>.
    /// </summary>
    public ScratchSite(params string[] dataFiles) : this(DefaultLanguageOnly(RealSiteYml()), dataFiles) { }

    ScratchSite(string siteYml, string[] dataFiles)
    {
        _temp.Write("input/data/site.yml", siteYml);
        foreach (var name in dataFiles)
            _temp.Write($"input/data/{name}", File.ReadAllText(Path.Combine(Repo.Input, "data", name)));
    }

    /// <summary>A site with the real <c>data/site.yml</c>, every language of it, and the other real data files named.</summary>
    public static ScratchSite InEveryLanguage(params string[] dataFiles) => new(RealSiteYml(), dataFiles);

    static string RealSiteYml() => File.ReadAllText(Path.Combine(Repo.Input, "data", "site.yml"));

    /// <summary>site.yml with its <c>languages:</c> list cut to the first (default) entry; every other line kept.</summary>
    static string DefaultLanguageOnly(string siteYml)
    {
        var lines = siteYml.Split('\n');
        var list = Array.FindIndex(lines, l => l.StartsWith("languages:", StringComparison.Ordinal));
        if (list < 0) throw new InvalidOperationException("site.yml has no 'languages:' list");
        var entries = lines.Skip(list + 1).TakeWhile(l => l.StartsWith(' ') || l.Length == 0).ToList();
        var first = entries.Skip(1).TakeWhile(l => !l.StartsWith("  - ", StringComparison.Ordinal)).Count() + 1;
        return string.Join('\n', lines.Take(list + 1).Concat(entries.Take(first)).Concat(lines.Skip(list + 1 + entries.Count)));
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
