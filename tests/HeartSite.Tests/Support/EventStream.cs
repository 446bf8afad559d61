using System.Threading.Channels;

namespace HeartSite.Tests.Support;

/// <summary>A test's reader of a server-sent-event stream: each event's name and data, in order.</summary>
public sealed class EventStream : IAsyncDisposable
{
    readonly HttpResponseMessage _response;
    readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    readonly Task _reading;

    EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reading = Task.Run(() => ReadAsync(reader));
    }

    /// <summary>Opens the stream and waits until the server has accepted it (its first comment arrived).</summary>
    public static async Task<EventStream> OpenAsync(HttpClient http, string url, CancellationToken cancel)
    {
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel));
        while (await reader.ReadLineAsync(cancel) is { } line)
            if (line.StartsWith(':')) return new EventStream(response, reader);
        throw new InvalidOperationException("the event stream closed before it said it was connected");
    }

    /// <summary>The next event named <paramref name="name"/>, skipping others; fails after <paramref name="timeout"/>.</summary>
    public async Task<string> NextAsync(string name, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var (eventName, data) = await _events.Reader.ReadAsync(limit.Token);
                if (eventName == name) return data;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no '{name}' event within {timeout.TotalSeconds} s");
        }
    }

    async Task ReadAsync(StreamReader reader)
    {
        string? name = null;
        var data = new List<string>();
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null) _events.Writer.TryWrite((name, string.Join('\n', data)));
                    (name, data) = (null, []);
                }
                else if (line.StartsWith("event: ")) name = line["event: ".Length..];
                else if (line.StartsWith("data: ")) data.Add(line["data: ".Length..]);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or HttpRequestException or OperationCanceledException) { }
        _events.Writer.TryComplete();
    }

    public async ValueTask DisposeAsync()
    {
        _response.Dispose();
        await _reading;
    }
}
