using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace HeartSite.Hosting;

/// <summary>
/// Serves a built site folder on 127.0.0.1 only, under the base path it was built for, the way
/// GitHub Pages would: <c>/heart-site/news/</c> serves <c>news/index.html</c>, a missing page gets
/// <c>404.html</c> with status 404. Used by <c>serve</c> and by the tests that follow links.
/// Answers only requests addressed to <c>localhost</c> or <c>127.0.0.1</c>: a web page elsewhere
/// could otherwise point a name of its own at this machine (DNS rebinding) and read the preview.
/// </summary>
public sealed class SiteHost : IAsyncDisposable
{
    readonly WebApplication _app;

    SiteHost(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The site's address, base path included, ending in a slash: <c>http://127.0.0.1:8080/heart-site/</c>.</summary>
    public string Url { get; }

    /// <summary>
    /// Starts serving <paramref name="root"/> (or <paramref name="files"/>, when given); port 0 picks
    /// a free port. <paramref name="configure"/> may add middleware first (e.g. live reload).
    /// </summary>
    public static async Task<SiteHost> StartAsync(string root, string basePath = "/", int port = 0, Action<WebApplication>? configure = null,
        IFileProvider? files = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var host = context.Request.Host.Host;
            if (host == "127.0.0.1" || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) { await next(); return; }
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        });
        configure?.Invoke(app);

        files ??= new PhysicalFileProvider(Path.GetFullPath(root));
        var prefix = new PathString(basePath.TrimEnd('/'));
        if (prefix.HasValue) app.UsePathBase(prefix);
        app.Use(async (context, next) =>
        {
            // Outside the base path nothing exists, as on a project page.
            if (prefix.HasValue && context.Request.PathBase != prefix) { await NotFound(context, files); return; }
            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false, ContentTypeProvider = ContentTypes() });
        app.Run(context => NotFound(context, files));

        await app.StartAsync();
        var address = app.Urls.First().TrimEnd('/');
        return new SiteHost(app, $"{address}{prefix}/");
    }

    static async Task NotFound(HttpContext context, IFileProvider files)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = files.GetFileInfo("404.html");
        if (!page.Exists) return;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(page);
    }

    static Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".ics"] = "text/calendar; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        // Pagefind's index and WebAssembly, which its script fetches and unpacks itself.
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment" })
            types.Mappings[extension] = "application/octet-stream";
        return types;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
