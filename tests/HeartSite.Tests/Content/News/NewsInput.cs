using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Content.News;

/// <summary>A small input folder (the real site.yml plus the news files a test gives) built with the real theme.</summary>
public sealed class NewsInput : IDisposable
{
    readonly ScratchSite _site = new();

    public string Root => _site.Input;
    public string Output => _site.Output;

    public NewsInput Article(string slug, string title = "A title", string extra = "", string body = "Some text.")
    {
        _site.Write($"news/articles/{slug}.md", $"---\ntitle: {title}\nsummary: What it says.\ndate: 2022-01-04\n{extra}---\n{body}\n");
        return this;
    }

    /// <summary>Writes an issue; <paramref name="frontMatter"/> is the YAML between the fences.</summary>
    public NewsInput Issue(string fileName, string frontMatter, string body = "The intro.")
    {
        _site.Write($"news/{fileName}.md", $"---\n{frontMatter.TrimEnd()}\n---\n{body}\n");
        return this;
    }

    public static string IssueFrontMatter(int number, string date, params string[] articles) =>
        $"number: {number}\ndate: {date}\ntitle: Issue {number}\nsummary: One line.\narticles:{(articles.Length == 0 ? " []" : "")}\n"
        + string.Concat(articles.Select(a => $"  - {a}\n"));

    public BuildOutcome Build(DateTimeOffset? now = null) => _site.Build(now);

    public string Read(string relative) => _site.Read(relative);

    public void Dispose() => _site.Dispose();
}
