using HeartSite.Engine;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Editors;

/// <summary>A copy of the real input, edited by a test and built with the pinned clock and every check.</summary>
public sealed class RealSiteCopy : IDisposable
{
    readonly TempDir _temp = new();

    public RealSiteCopy() => Input = _temp.CopyFrom(Repo.Input, "input");

    public string Input { get; }
    public string Output => _temp["_site"];

    public string Write(string relative, string content) => _temp.Write(Path.Combine("input", relative), content);

    /// <summary>Changes a file's front matter: <paramref name="lines"/> go right after the opening '---'.</summary>
    public void AddToFrontMatter(string relative, string lines)
    {
        var path = Path.Combine(Input, relative);
        File.WriteAllText(path, "---\n" + lines.TrimEnd('\n') + "\n" + File.ReadAllText(path)["---\n".Length..]);
    }

    /// <summary>Builds with every check; without the search index, which no test of an edited copy looks at.</summary>
    public BuildOutcome Build(bool drafts = false) =>
        WithoutSearch.Run(() => SiteBuilder.Build(new BuildSettings(Input, Repo.Theme, Output, SiteFixture.Now) { IncludeDrafts = drafts }));

    public bool Has(string relative) => File.Exists(Path.Combine(Output, relative));

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose() => _temp.Dispose();
}
