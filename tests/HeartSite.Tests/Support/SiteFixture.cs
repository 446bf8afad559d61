using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HeartSite.Engine;
using HeartSite.Site;

// One build of the real site per test run, shared by every test class that asks for it, instead of
// one per class: the whole-site tests only read it.
[assembly: AssemblyFixture(typeof(HeartSite.Tests.Support.SiteFixture))]

namespace HeartSite.Tests.Support;

/// <summary>
/// The real <c>input/</c> and <c>theme/</c> built once per test run into a temporary folder with a
/// pinned clock, shared (read-only) by the whole-site tests.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5));
    readonly TempDir _temp = new();
    static readonly HtmlParser Parser = new();

    public SiteFixture()
    {
        Output = _temp["_site"];
        var phases = new List<string>();
        Outcome = SiteBuilder.Build(new BuildSettings(Repo.Input, Repo.Theme, Output, Now) { Progress = phases.Add });
        Phases = phases;
    }

    public string Output { get; }
    public BuildOutcome Outcome { get; }

    /// <summary>The progress lines the build reported, in order (see FirstMinutesTests).</summary>
    public IReadOnlyList<string> Phases { get; }

    /// <summary>Every generated HTML file, relative to the output with forward slashes.</summary>
    public IReadOnlyList<string> HtmlFiles => Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Output, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The pages of the website proper: every HTML file but the newsletter's email editions, which
    /// are table layouts for mail clients with rules of their own (see NewsEmailTests).
    /// </summary>
    public IReadOnlyList<string> Pages => HtmlFiles.Where(p => !p.EndsWith("/" + HeartSite.Content.News.NewsEmailPipeline.EmailFile, StringComparison.Ordinal)).ToList();

    public IHtmlDocument Page(string relative) => Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, relative)));

    public void Dispose() => _temp.Dispose();
}
