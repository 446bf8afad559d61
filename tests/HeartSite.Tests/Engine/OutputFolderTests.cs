using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine;

public class OutputFolderTests
{
    [Fact]
    public void A_successful_build_replaces_the_output_and_leaves_no_staging_behind()
    {
        using var temp = new TempDir();
        temp.Write("_site/old.html", "old");
        temp.Write($"_site/{OutputFolder.Marker}", "");
        Assert.True(OutputFolder.BuildInto(temp["_site"], staging => { File.WriteAllText(Path.Combine(staging, "new.html"), "new"); return true; }));
        Assert.Equal([OutputFolder.Marker, "new.html"], Directory.GetFiles(temp["_site"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["_site"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var temp = new TempDir();
        temp.Write("_site/old.html", "old");
        temp.Write($"_site/{OutputFolder.Marker}", "");
        Assert.False(OutputFolder.BuildInto(temp["_site"], staging => { File.WriteAllText(Path.Combine(staging, "half.html"), "x"); return false; }));
        Assert.Equal("old", File.ReadAllText(temp["_site/old.html"]));
        Assert.Equal([OutputFolder.Marker, "old.html"], Directory.GetFiles(temp["_site"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["_site"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("pages/about.md", "about/index.html", "/about/")]
    [InlineData("index.md", "index.html", "/")]
    [InlineData("news/index.md", "news/index.html", "/news/")]
    public void Pretty_urls(string source, string destination, string url)
    {
        var relative = source.StartsWith("pages/") ? source["pages/".Length..] : source;
        Assert.Equal(destination, SetDestination.PrettyUrl(relative));
        Assert.Equal(url, SetDestination.UrlOf(destination));
    }
}
