namespace HeartSite.Engine.Templates;

/// <summary>
/// HTML that a template writes as it is, without escaping. Everything else a template writes with
/// <c>{{ … }}</c> is HTML-encoded, so this type is the one way through: rendered Markdown, serialised
/// JSON-LD, and the output of another template (<c>include</c>, a wrapping layout). Only
/// <see cref="FromSafeSource"/> makes one, so every trusted value can be found by searching for it.
/// </summary>
public sealed class TrustedHtml
{
    TrustedHtml(string html) => Html = html;

    public string Html { get; }

    /// <summary>
    /// Marks HTML as safe to write unescaped. Call it only for HTML produced by code that escapes
    /// what it was given (Markdig with raw HTML off, a template, a JSON serialiser escaping <c>&lt;</c>),
    /// never for a value read from a content file.
    /// </summary>
    public static TrustedHtml FromSafeSource(string html) => new(html);

    public override string ToString() => Html;
}
