using HeartSite.Checks;
using HeartSite.Engine.Diagnostics;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Checks;

/// <summary>A tiny site in a temporary folder, and one check run over it.</summary>
public sealed class CheckHarness : IDisposable
{
    readonly TempDir _temp = new();

    public string Root => _temp.Path;

    /// <summary>A well-formed page around <paramref name="body"/>, which must bring its own h1.</summary>
    public static string Html(string body, string title = "A page", string lang = "en", string head = "") =>
        $"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n{head}</head>\n<body>\n<main id=\"main\">\n{body}\n</main>\n</body>\n</html>\n";

    public CheckHarness Page(string relative, string body, string? title = null, string lang = "en", string head = "")
    {
        _temp.Write(relative, Html(body, title ?? relative, lang, head));
        return this;
    }

    public CheckHarness File(string relative, string content)
    {
        _temp.Write(relative, content);
        return this;
    }

    public IReadOnlyList<Diagnostic> Run(IPageCheck check, string basePath = "/", IReadOnlyDictionary<string, string>? sources = null) =>
        SiteChecks.Run(new CheckRequest(Root, basePath, sources), [check]);

    public void Dispose() => _temp.Dispose();
}
