using System.Net;
using HeartSite.Engine;
using HeartSite.Serve;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Safety;

/// <summary>The preview answers only this machine by name, only files of the build, and never a 404 during a rebuild.</summary>
public class ServeHardeningTests(ServeHardeningTests.SharedPreview shared) : IClassFixture<ServeHardeningTests.SharedPreview>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    static async Task<(TempDir Temp, PreviewServer Server)> StartAsync()
    {
        var temp = new TempDir();
        temp.CopyFrom(Repo.Input, "input");
        temp.CopyFrom(Repo.Theme, "theme");
        temp.Write("secret.txt", "TOKEN");
        var settings = new BuildSettings(temp["input"], temp["theme"], temp["_site"], SiteFixture.Now) { BaseUrl = "https://example.github.io/heart-site/" };
        var server = await PreviewServer.StartAsync(settings, clockPinned: true, port: 0, new StringWriter(), new StringWriter(), TimeSpan.FromMilliseconds(50));
        return (temp, server);
    }

    /// <summary>
    /// One preview for the tests that only ask it for files, started once for the class: each start
    /// builds the whole site. The rebuild test starts its own, since it edits the content.
    /// </summary>
    public sealed class SharedPreview : IAsyncLifetime
    {
        TempDir? _temp;
        public PreviewServer Server { get; private set; } = null!;

        public async ValueTask InitializeAsync() => (_temp, Server) = await StartAsync();

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            _temp?.Dispose();
        }
    }

    [Fact]
    public async Task Requests_for_another_host_name_are_refused()
    {
        var server = shared.Server;
        using var http = new HttpClient();
        var cancel = TestContext.Current.CancellationToken;
        foreach (var (host, expected) in new[] { ("evil.example", HttpStatusCode.MisdirectedRequest), ("localhost", HttpStatusCode.OK), ("127.0.0.1", HttpStatusCode.OK) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Url);
            request.Headers.Host = host;
            using var response = await http.SendAsync(request, cancel);
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("..%2F..%2Fsecret.txt")]
    [InlineData("%2e%2e/%2e%2e/secret.txt")]
    [InlineData("..%5C..%5Csecret.txt")]
    [InlineData("%252e%252e/%252e%252e/secret.txt")]
    [InlineData("....//....//secret.txt")]
    public async Task No_path_outside_the_output_is_served_however_encoded(string path)
    {
        var server = shared.Server;
        using var http = new HttpClient();
        var uri = new Uri(server.Url + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var response = await http.GetAsync(uri, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("TOKEN", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_reload_script_is_a_same_origin_file_so_the_pages_csp_allows_it()
    {
        var server = shared.Server;
        using var http = new HttpClient();
        var cancel = TestContext.Current.CancellationToken;
        var page = await http.GetStringAsync(server.Url, cancel);
        Assert.Contains($"<script src=\"{PreviewPage.ScriptPath}\"></script>", page);
        Assert.Contains("script-src 'self'", page);
        var script = await http.GetStringAsync(new Uri(new Uri(server.Url), PreviewPage.ScriptPath), cancel);
        Assert.Contains("EventSource", script);
    }

    [Fact]
    public async Task A_page_that_exists_before_and_after_a_rebuild_never_answers_404_during_it()
    {
        var (temp, server) = await StartAsync();
        using var _ = temp;
        await using var __ = server;
        using var http = new HttpClient { Timeout = Patience };
        var cancel = TestContext.Current.CancellationToken;
        using var stop = new CancellationTokenSource();
        var statuses = new List<HttpStatusCode>();
        var asking = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                foreach (var path in new[] { "about/", "tip-sheets/", "assets/site.css" })
                {
                    using var response = await http.GetAsync(server.Url + path, cancel);
                    lock (statuses) statuses.Add(response.StatusCode);
                }
        }, cancel);
        var about = Path.Combine(temp["input"], "pages", "about.md");
        for (var i = 0; i < 4; i++)
        {
            File.WriteAllText(about, File.ReadAllText(about).Replace("Collective", "Collective "));
            // Long enough for the rebuild and its swap to happen while the pages are being asked for.
            await Task.Delay(1500, cancel);
        }
        await stop.CancelAsync();
        await asking;
        Assert.NotEmpty(statuses);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
