namespace HeartSite.Checks;

/// <summary>
/// Every image has a text alternative: <c>alt</c> describes it, or <c>alt=""</c> marks it decorative
/// (HS0710). A missing alt is an error: a screen reader would read out the file name instead.
/// </summary>
public sealed class ImageAlternatives : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        foreach (var image in page.All("img:not([alt]), input[type=image]:not([alt]), area[href]:not([alt])"))
        {
            var source = image.GetAttribute("src") ?? image.GetAttribute("href") ?? "";
            yield return Finding.Error("HS0710", $"image '{source}' on {page.RelativePath} has no alt text",
                "in Markdown write ![what the image shows](path); for a purely decorative image use ![](path)", image, source);
        }
    }
}
