using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

public class BundleStylesTests
{
    [Fact]
    public void Stylesheets_are_joined_in_file_name_order()
    {
        using var theme = new TempDir();
        theme.Write("css/50-news.css", ".news{}");
        theme.Write("css/00-base.css", "body{}");
        var (output, _) = Docs.Run(new BundleStyles("css", "assets/site.css"), Docs.Settings() with { ThemeRoot = theme.Path });
        var bundle = output.Single();
        Assert.Equal("assets/site.css", bundle.Destination);
        Assert.Equal("/* 00-base.css */\nbody{}\n/* 50-news.css */\n.news{}\n", bundle.Content);
    }
}
