using HeartSite.Engine.Safety;

namespace HeartSite.Tests.Safety;

/// <summary>The one URL rule, over allowed addresses and the disguises a browser would still run.</summary>
public class UrlPolicyTests
{
    [Theory]
    // Allowed: the web, email, phone, and the site's own addresses.
    [InlineData("https://988lifeline.org/", null)]
    [InlineData("http://example.org/a?b=c#d", null)]
    [InlineData("HTTPS://EXAMPLE.ORG/", null)]
    [InlineData("mailto:team@example.org", null)]
    [InlineData("MailTo:team@example.org", null)]
    [InlineData("tel:988", null)]
    [InlineData("tel:+1-800-662-4357", null)]
    [InlineData("sms:988", null)]
    [InlineData("/tip-sheets/", null)]
    [InlineData("/", null)]
    [InlineData("/glossary/trauma/#see-also", null)]
    [InlineData("#top", null)]
    [InlineData("../about/", null)]
    [InlineData("./picture.png", null)]
    [InlineData("assets/guide.pdf", null)]
    [InlineData("page?x=1", null)]
    [InlineData("", null)]
    [InlineData("/search?q=a:b", null)]
    [InlineData("folder/a:b", null)]
    // Script and data, plainly.
    [InlineData("javascript:alert(1)", "HS0201")]
    [InlineData("vbscript:msgbox(1)", "HS0201")]
    [InlineData("data:text/html,<script>alert(1)</script>", "HS0201")]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=", "HS0201")]
    [InlineData("file:///etc/passwd", "HS0201")]
    [InlineData("ftp://example.org/", "HS0201")]
    [InlineData("blob:https://example.org/1", "HS0201")]
    // Mixed case and leading spaces or control characters.
    [InlineData("JavaScript:alert(1)", "HS0201")]
    [InlineData("JAVASCRIPT:alert(1)", "HS0201")]
    [InlineData(" javascript:alert(1)", "HS0201")]
    [InlineData("\tjavascript:alert(1)", "HS0201")]
    [InlineData("\u0001javascript:alert(1)", "HS0201")]
    [InlineData("\u0000javascript:alert(1)", "HS0201")]
    [InlineData("java\tscript:alert(1)", "HS0201")]
    [InlineData("java\nscript:alert(1)", "HS0201")]
    [InlineData("java\rscript:alert(1)", "HS0201")]
    [InlineData("\u200Bjavascript:alert(1)", "HS0201")]
    // HTML entities.
    [InlineData("&#106;avascript:alert(1)", "HS0201")]
    [InlineData("&#x6A;avascript:alert(1)", "HS0201")]
    [InlineData("javascript&colon;alert(1)", "HS0201")]
    [InlineData("javascript&#58;alert(1)", "HS0201")]
    [InlineData("jav&#x09;ascript:alert(1)", "HS0201")]
    // Percent-encoding, once and twice.
    [InlineData("%6Aavascript:alert(1)", "HS0201")]
    [InlineData("javascript%3Aalert(1)", "HS0201")]
    [InlineData("%256Aavascript:alert(1)", "HS0201")]
    [InlineData("%20javascript:alert(1)", "HS0201")]
    [InlineData("DaTa:text/html,x", "HS0201")]
    // Protocol-relative addresses leave the site without saying so.
    [InlineData("//evil.example/", "HS0202")]
    [InlineData(" //evil.example/", "HS0202")]
    [InlineData("\\\\evil.example\\", "HS0202")]
    [InlineData("/\\evil.example/", "HS0202")]
    [InlineData("%2F%2Fevil.example/", "HS0202")]
    public void Decides(string url, string? code)
    {
        Assert.Equal(code, UrlPolicy.Check(url)?.Code);
    }

    [Fact]
    public void A_refusal_names_the_scheme_and_hints_at_what_is_allowed()
    {
        var refusal = UrlPolicy.Check("JavaScript:alert(1)")!;
        Assert.Contains("'javascript:'", refusal.Message);
        Assert.Contains("https://", refusal.Hint);
        Assert.Contains("https://", UrlPolicy.Check("//evil.example/")!.Hint);
    }
}
