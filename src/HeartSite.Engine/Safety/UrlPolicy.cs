using System.Net;
using System.Text.RegularExpressions;

namespace HeartSite.Engine.Safety;

/// <summary>Why a URL was refused: the code, the problem and the hint for the editor.</summary>
public sealed record UrlRefusal(string Code, string Message, string Hint);

/// <summary>
/// The one rule for every address content can link to (Markdown links, images, autolinks and
/// reference definitions; URL settings in front matter and data files). Allowed: <c>https:</c>,
/// <c>http:</c>, <c>mailto:</c>, <c>tel:</c>, <c>sms:</c>, root-relative, relative and <c>#fragment</c>
/// addresses. Anything else can run script or leak data (<c>javascript:</c>, <c>data:</c>,
/// <c>vbscript:</c>, <c>file:</c>) and is HS0201; <c>//host/</c> silently leaves the site and is HS0202.
/// The scheme is judged the way a browser would find it, after undoing disguises: HTML entities,
/// percent-encoding, leading spaces and control characters, and tabs or line breaks inside it.
/// </summary>
public static partial class UrlPolicy
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["https", "http", "mailto", "tel", "sms"];

    [GeneratedRegex("^([a-z][a-z0-9+.-]*):", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemePrefix();

    /// <summary>Null when the URL is allowed; otherwise why not.</summary>
    public static UrlRefusal? Check(string url)
    {
        var seen = Unmask(url);
        if (seen.StartsWith("//") || seen.StartsWith(@"\\") || seen.StartsWith(@"/\") || seen.StartsWith(@"\/"))
            return new("HS0202", $"'{Shown(url)}' leaves the site without saying how (an address starting with //)",
                "write the full address starting with https://, or a site address starting with a single /");
        var scheme = SchemePrefix().Match(seen);
        if (!scheme.Success) return null;
        var name = scheme.Groups[1].Value.ToLowerInvariant();
        if (AllowedSchemes.Contains(name)) return null;
        return new("HS0201", $"the address '{Shown(url)}' uses '{name}:', which is not allowed in links",
            $"link only to web pages (https://…), email (mailto:), phone (tel: or sms:) or pages of this site (/…)");
    }

    /// <summary>The URL as a browser would read its start: entities and percent-escapes decoded, invisible characters dropped.</summary>
    static string Unmask(string url)
    {
        var text = url;
        for (var round = 0; round < 4; round++)
        {
            var decoded = Uri.UnescapeDataString(WebUtility.HtmlDecode(text
                .Replace("&colon;", ":", StringComparison.OrdinalIgnoreCase)
                .Replace("&tab;", "\t", StringComparison.OrdinalIgnoreCase)
                .Replace("&newline;", "\n", StringComparison.OrdinalIgnoreCase)));
            if (decoded == text) break;
            text = decoded;
        }
        // Browsers strip leading and trailing C0 controls and spaces, and remove tabs and line breaks anywhere.
        text = text.Trim('\0', ' ', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\b', '\t', '\n',
            '\u000B', '\f', '\r', '\u000E', '\u000F', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016',
            '\u0017', '\u0018', '\u0019', '\u001A', '\u001B', '\u001C', '\u001D', '\u001E', '\u001F', '\u00A0', '\u200B', '\uFEFF');
        return string.Concat(text.Where(c => !char.IsControl(c) && c is not '\u200B' and not '\u00AD' and not '\uFEFF'));
    }

    // Long data: URLs would drown the message.
    static string Shown(string url)
    {
        var oneLine = string.Concat(url.Select(c => char.IsControl(c) ? ' ' : c)).Trim();
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "…";
    }
}
