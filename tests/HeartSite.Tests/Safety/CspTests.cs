using HeartSite.Tests.Support;

namespace HeartSite.Tests.Safety;

/// <summary>Defence in depth: every page of the real site forbids inline script and other origins, and needs neither.</summary>
public class CspTests(SiteFixture site)
{
    [Fact]
    public void Every_page_carries_a_csp_that_its_own_markup_keeps()
    {
        Assert.NotEmpty(site.Pages);
        foreach (var relative in site.Pages)
        {
            var page = site.Page(relative);
            var csp = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.True(csp is not null, $"{relative} has no Content-Security-Policy");
            foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'" })
                Assert.Contains(directive, csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
            Assert.DoesNotContain(page.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }
}
