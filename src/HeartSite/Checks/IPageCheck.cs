using AngleSharp.Dom;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Checks;

/// <summary>
/// One rule every generated page must pass. Checks run over every page in parallel, so they keep no
/// state of their own; what they need about the rest of the site they ask <see cref="CheckedSite"/>.
/// The build checks each page as soon as it is parsed, so what other pages hold (their ids and
/// titles) is asked only in a finding's <see cref="Finding.Decide"/>, once every page is known.
/// </summary>
public interface IPageCheck
{
    IEnumerable<Finding> Check(CheckedPage page, CheckedSite site);
}

/// <summary>
/// A problem a check found on a page. <paramref name="Element"/> places it in the generated HTML;
/// <paramref name="Needle"/>, text as an editor would have typed it (an href, an image path), lets
/// the report point at the line of the Markdown source instead, when the page has one.
/// <paramref name="File"/> names another output file the problem is in (a stylesheet, relative to the output), when not the page.
/// </summary>
public sealed record Finding(Severity Severity, string Code, string Message, string Hint,
    IElement? Element = null, string? Needle = null, string? File = null)
{
    /// <summary>
    /// For a problem that depends on other pages (a link's fragment on another page, a title two pages
    /// share), which may not be parsed yet when this one is checked: decides, once every page is
    /// known, the message to report, or null when there is no problem after all. It must hold no
    /// element, so the page's parsed document can be let go meanwhile.
    /// </summary>
    public Func<CheckedSite, string?>? Decide { get; init; }

    public static Finding Error(string code, string message, string hint, IElement? element = null, string? needle = null) =>
        new(Severity.Error, code, message, hint, element, needle);

    public static Finding Warning(string code, string message, string hint, IElement? element = null, string? needle = null) =>
        new(Severity.Warning, code, message, hint, element, needle);
}
