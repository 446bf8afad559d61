using System.Net;
using HeartSite.Hosting;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Hosting;

public class SiteHostTests
{
    [Fact]
    public async Task Serves_pages_under_the_base_path_and_nothing_outside_it()
    {
        using var temp = new TempDir();
        temp.Write("site/index.html", "home");
        temp.Write("site/news/index.html", "news");
        temp.Write("site/404.html", "missing");
        await using var host = await SiteHost.StartAsync(temp["site"], "/heart-site/");
        using var http = new HttpClient();
        var cancel = TestContext.Current.CancellationToken;

        Assert.StartsWith("http://127.0.0.1:", host.Url);
        Assert.EndsWith("/heart-site/", host.Url);
        Assert.Equal("home", await http.GetStringAsync(host.Url, cancel));
        Assert.Equal("news", await http.GetStringAsync(host.Url + "news/", cancel));

        var outside = await http.GetAsync(host.Url.Replace("/heart-site/", "/news/"), cancel);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        var missing = await http.GetAsync(host.Url + "nope/", cancel);
        Assert.Equal((HttpStatusCode.NotFound, "missing"), (missing.StatusCode, await missing.Content.ReadAsStringAsync(cancel)));
    }
}
