using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HeartSite.Serve;

/// <summary>
/// The middleware <c>serve</c> puts in front of the site: the reload stream, and HTML responses
/// rewritten in memory by <see cref="PreviewPage"/>. Nothing is cached, so a reload always shows
/// the latest build.
/// </summary>
public static class PreviewMiddleware
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Use(WebApplication app, ReloadEvents events, Func<IReadOnlyList<string>> currentErrors)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == ReloadEvents.Path)
            {
                await events.StreamAsync(context);
                return;
            }
            if (context.Request.Path == PreviewPage.ScriptPath || context.Request.Path == PreviewPage.StylePath)
            {
                var script = context.Request.Path == PreviewPage.ScriptPath;
                context.Response.ContentType = script ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(script ? PreviewPage.Script : PreviewPage.Style, context.RequestAborted);
                return;
            }
            // Conditional and partial requests would let the browser keep a page from before the rebuild.
            foreach (var header in new[] { "If-None-Match", "If-Modified-Since", "If-Range", "Range" })
                context.Request.Headers.Remove(header);

            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try { await next(); }
            finally { context.Response.Body = original; }

            context.Response.Headers.CacheControl = "no-store";
            if (HttpMethods.IsHead(context.Request.Method)) return;
            var body = buffer.ToArray();
            var errors = currentErrors();
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                body = Utf8.GetBytes(PreviewPage.Inject(Utf8.GetString(body), errors));
            else if (errors.Count > 0 && body.Length == 0 && context.Response.StatusCode == StatusCodes.Status404NotFound)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                body = Utf8.GetBytes(PreviewPage.ErrorPage(errors));
            }
            context.Response.ContentLength = body.Length;
            await original.WriteAsync(body, context.RequestAborted);
        });
    }
}
