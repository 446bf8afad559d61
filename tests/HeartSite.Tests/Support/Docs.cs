using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Tests.Support;

/// <summary>Small builders for documents and for running one module outside an engine.</summary>
public static class Docs
{
    public static Document Markdown(string content, string relative = "pages/test.md") =>
        new() { Source = "/in/" + relative, RelativeSource = relative, Content = content };

    public static BuildSettings Settings(string basePath = "/", string output = "/out") =>
        new("/in", "/theme", output, new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5))) { Urls = new SiteUrls("https://example.org" + basePath) };

    /// <summary>Runs one module in a one-pipeline engine and returns its output and diagnostics.</summary>
    public static (IReadOnlyList<Document> Output, IReadOnlyList<Diagnostic> Diagnostics) Run(IModule module,
        BuildSettings? settings = null, params Document[] inputs)
    {
        var pipeline = new Pipeline("test") { Process = { new Transform((_, _) => inputs), module } };
        var result = new PipelineEngine([pipeline]).Run(settings ?? Settings());
        return (result.Outputs["test"], result.Diagnostics);
    }
}
