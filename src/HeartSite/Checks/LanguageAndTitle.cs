namespace HeartSite.Checks;

/// <summary>
/// Every page says its language, so it is read with the right voice (HS0730), and has a title,
/// the first thing announced and the name of its tab (HS0731). Both are errors.
/// </summary>
public sealed class LanguageAndTitle : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        var html = page.Document.DocumentElement;
        if (string.IsNullOrWhiteSpace(html.GetAttribute("lang")))
            yield return Finding.Error("HS0730", $"{page.RelativePath} does not say its language",
                "the base layout should start <html lang=\"{{site.Language}}\">; set 'language' in input/data/site.yml", html);
        if (page.Title.Length == 0)
            yield return Finding.Error("HS0731", $"{page.RelativePath} has no title",
                "give the page a 'title' in its front matter; the head partial puts it in <title>", html, "title:");
    }
}
