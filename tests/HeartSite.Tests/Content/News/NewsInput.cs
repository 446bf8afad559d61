using HeartSite.Engine;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.News;

/// <summary>A small input folder (the real site.yml plus the news files a test gives) built with the real theme.</summary>
public sealed class NewsInput : IDisposable
{
    readonly TempDir _temp = new();

    public NewsInput()
    {
        File.Copy(Path.Combine(Repo.Input, "data", "site.yml"), Directory.CreateDirectory(_temp["input/data"]).FullName + "/site.yml");
    }

    public string Root => _temp["input"];
    public string Output => _temp["_site"];

    public NewsInput Article(string slug, string title = "A title", string extra = "", string body = "Some text.")
    {
        _temp.Write($"input/news/articles/{slug}.md", $"---\ntitle: {title}\nsummary: What it says.\ndate: 2022-01-04\n{extra}---\n{body}\n");
        return this;
    }

    /// <summary>Writes an issue; <paramref name="frontMatter"/> is the YAML between the fences.</summary>
    public NewsInput Issue(string fileName, string frontMatter, string body = "The intro.")
    {
        _temp.Write($"input/news/{fileName}.md", $"---\n{frontMatter.TrimEnd()}\n---\n{body}\n");
        return this;
    }

    public static string IssueFrontMatter(int number, string date, params string[] articles) =>
        $"number: {number}\ndate: {date}\ntitle: Issue {number}\nsummary: One line.\narticles:{(articles.Length == 0 ? " []" : "")}\n"
        + string.Concat(articles.Select(a => $"  - {a}\n"));

    // Only news is present, so navigation links to other sections cannot resolve; the real site is link-checked elsewhere.
    public BuildOutcome Build(DateTimeOffset? now = null) => SiteBuilder.Build(new BuildSettings(Root, Repo.Theme, Output, "/", now ?? SiteFixture.Now), check: false);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose() => _temp.Dispose();
}
