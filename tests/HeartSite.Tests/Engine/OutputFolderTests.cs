using HeartSite.Engine;
using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine;

public class OutputFolderTests
{
    [Fact]
    public void A_successful_build_replaces_the_output_keeps_the_old_one_beside_it_and_leaves_no_staging_behind()
    {
        using var temp = new TempDir();
        temp.Write("_site/old.html", "old");
        temp.Write($"_site/{OutputFolder.Marker}", "");
        Assert.True(OutputFolder.BuildInto(temp["_site"], staging => { File.WriteAllText(Path.Combine(staging, "new.html"), "new"); return true; }));
        Assert.Equal([OutputFolder.Marker, "new.html"], Directory.GetFiles(temp["_site"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("old", File.ReadAllText(temp["_site.previous/old.html"]));
        Assert.Equal(["_site", "_site.previous"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_next_build_deletes_the_output_kept_from_the_one_before()
    {
        using var temp = new TempDir();
        foreach (var text in new[] { "first", "second", "third" })
            Assert.True(OutputFolder.BuildInto(temp["_site"], staging =>
            {
                Directory.CreateDirectory(Path.Combine(staging, "news", "2024-05"));
                File.WriteAllText(Path.Combine(staging, "news", "2024-05", "index.html"), text);
                return true;
            }));
        Assert.Equal("third", File.ReadAllText(temp["_site/news/2024-05/index.html"]));
        Assert.Equal("second", File.ReadAllText(temp["_site.previous/news/2024-05/index.html"]));
        Assert.Equal(["_site", "_site.previous"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_build_deletes_the_kept_output_even_when_it_fails_but_never_the_output()
    {
        using var temp = new TempDir();
        temp.Write("_site/current.html", "current");
        temp.Write($"_site/{OutputFolder.Marker}", "");
        temp.Write("_site.previous/older.html", "older");
        temp.Write($"_site.previous/{OutputFolder.Marker}", "");
        Assert.False(OutputFolder.BuildInto(temp["_site"], staging => false));
        Assert.Equal("current", File.ReadAllText(temp["_site/current.html"]));
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
