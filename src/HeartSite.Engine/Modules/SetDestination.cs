namespace HeartSite.Engine.Modules;

/// <summary>Sets where a document will be written, relative to the site root.</summary>
public sealed class SetDestination(Func<Document, string> destination) : DocumentModule
{
    protected override Document? Process(Document document, PipelineContext context) =>
        document with { Destination = destination(document) };

    /// <summary>Writes each document at the site path a content type gives it once, like <c>/events/&lt;slug&gt;/</c>.</summary>
    public static SetDestination AtUrl(Func<Document, string> sitePath) => new(document => FileOf(sitePath(document)));

    /// <summary>The file a site path is written to: <c>/a/b/</c> is <c>a/b/index.html</c>, <c>/news/feed.xml</c> stays <c>news/feed.xml</c>.</summary>
    public static string FileOf(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary><c>tip-sheets/barriers.md</c> becomes <c>tip-sheets/barriers/index.html</c>; <c>index.md</c> stays at the root.</summary>
    public static string PrettyUrl(string relativeSource)
    {
        var withoutExtension = Path.ChangeExtension(relativeSource, null)!.Replace('\\', '/');
        if (withoutExtension == "index" || withoutExtension.EndsWith("/index")) return withoutExtension + ".html";
        return withoutExtension + "/index.html";
    }

    /// <summary>The root-relative URL of a destination: <c>a/b/index.html</c> is <c>/a/b/</c>.</summary>
    public static string UrlOf(string destination) =>
        destination == "index.html" ? "/"
        : destination.EndsWith("/index.html") ? "/" + destination[..^"index.html".Length]
        : "/" + destination;
}
