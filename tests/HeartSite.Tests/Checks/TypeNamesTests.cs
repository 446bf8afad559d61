using AngleSharp.Html.Parser;
using HeartSite.Checks;

namespace HeartSite.Tests.Checks;

public class TypeNamesTests
{
    [Theory]
    [InlineData("a[href], area[href]", "a area")]
    [InlineData("img:not([alt]), input[type=image]:not([alt]), area[href]:not([alt])", "img input area")]
    [InlineData("meta[name='robots'][content*='no index, please']", "meta")]
    [InlineData("link[rel~=stylesheet][href]", "link")]
    [InlineData("H1 , h2,h3", "h1 h2 h3")]
    [InlineData("table:not([role=presentation]):not([role=none])", "table")]
    [InlineData("[id], a[name]", null)]
    [InlineData("a[href], button, [role=button]", null)]
    [InlineData("main a", null)]
    [InlineData("ul > li", null)]
    [InlineData("h1 + p", null)]
    [InlineData("*", null)]
    public void A_list_of_selectors_each_led_by_a_type_names_its_elements_any_other_names_none(string selectors, string? names) =>
        Assert.Equal(names?.Split(' '), TypeNames.Of(CheckedPage.Selector(selectors)));

    /// <summary>Every selector the checks ask, and some they might: tried on the named elements only, found exactly as AngleSharp finds them.</summary>
    [Theory]
    [InlineData("a[href], area[href], link[href], img[src], script[src]")]
    [InlineData("img:not([alt]), input[type=image]:not([alt]), area[href]:not([alt])")]
    [InlineData("h1, h2, h3, h4, h5, h6")]
    [InlineData("h6, h1")]
    [InlineData("[id], a[name]")]
    [InlineData("main a")]
    [InlineData("[style]")]
    [InlineData("script:not([src])")]
    [InlineData("meta[name='robots'][content*='noindex']")]
    [InlineData("title")]
    [InlineData("nothing-here")]
    public void A_page_finds_what_the_document_finds_in_document_order(string selector)
    {
        var html = CheckHarness.Html("""
            <h2 id="a">Two</h2><p style="color:red">Text <a href="/x/" id="b">link</a> <img src="/i.png"> <img src="/j.png" alt="J"></p>
            <h1>One</h1><ul><li><a name="n">named</a></li><li><h6>Six</h6></li></ul><script>var x = 1;</script><script src="/s.js"></script>
            <map><area href="/y/"></map><input type="image" src="/b.png"><h3 style="x">Three</h3>
            """, head: """<meta name="robots" content="noindex"><link rel="stylesheet" href="/s.css">""");
        var page = CheckedPage.Parse("index.html", html, null);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(document.QuerySelectorAll(selector).Select(e => e.OuterHtml), page.All(selector).Select(e => e.OuterHtml));
    }
}
