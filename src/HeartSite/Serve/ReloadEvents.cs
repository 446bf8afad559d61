using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace HeartSite.Serve;

/// <summary>
/// The server-sent-event stream at <c>/__heartsite/reload</c> that open pages listen to: as soon as a
/// saved file's page is written, <c>event: page</c> with its address; after each rebuild
/// <c>event: reload</c> with the addresses whose files changed (<see cref="ChangedPages"/>), one a
/// line, or <c>event: failed</c> with the errors.
/// </summary>
public sealed class ReloadEvents : IDisposable
{
    public const string Path = "/__heartsite/reload";
    public const string Page = "page";
    public const string Reload = "reload";
    public const string Failed = "failed";

    readonly Lock _lock = new();
    readonly List<Channel<string>> _listeners = [];
    bool _closed;

    /// <summary>Sends an event to every open page.</summary>
    public void Publish(string eventName, string data)
    {
        // One "data:" line per line, as the event-stream format requires.
        var message = $"event: {eventName}\n" + string.Concat(data.Split('\n').Select(line => $"data: {line}\n")) + "\n";
        lock (_lock)
            foreach (var listener in _listeners) listener.Writer.TryWrite(message);
    }

    /// <summary>Streams events to one page until it goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            if (_closed) channel.Writer.TryComplete();
            else _listeners.Add(channel);
        }
        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            // The retry line makes the browser reconnect quickly after a restart; the comment flushes the headers.
            await context.Response.WriteAsync("retry: 1000\n: connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            lock (_lock) _listeners.Remove(channel);
        }
    }

    /// <summary>Ends every stream, so the server can stop without waiting for open pages.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _closed = true;
            foreach (var listener in _listeners) listener.Writer.TryComplete();
        }
    }
}
