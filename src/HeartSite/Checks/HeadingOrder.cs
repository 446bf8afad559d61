namespace HeartSite.Checks;

/// <summary>
/// One <c>h1</c> per page (the layout's, the page title: HS0720 none, HS0721 more than one, both
/// errors) and no heading level skipped (HS0722, a warning: readers who jump by heading lose
/// their place, but nothing is out of reach).
/// </summary>
public sealed class HeadingOrder : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        var headings = page.All("h1, h2, h3, h4, h5, h6").ToList();
        var firsts = headings.Where(h => h.LocalName == "h1").ToList();
        if (firsts.Count == 0)
            yield return Finding.Error("HS0720", $"{page.RelativePath} has no h1",
                "the layout should give every page its title as the one h1: {{ wrap layout \"base\" }}<h1>{{ page.title }}</h1>…{{ end }}");
        foreach (var extra in firsts.Skip(1))
            yield return Finding.Error("HS0721", $"{page.RelativePath} has more than one h1: '{extra.TextContent.Trim()}'",
                "the page title is the h1; start Markdown headings at ## (## Section, ### Subsection)", extra, "# " + extra.TextContent.Trim());

        var previous = 0;
        foreach (var heading in headings)
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
                yield return Finding.Warning("HS0722",
                    $"heading '{heading.TextContent.Trim()}' on {page.RelativePath} skips from h{previous} to h{level}",
                    $"use {new string('#', previous + 1)} for it, one level below the heading before it",
                    heading, new string('#', level) + " " + heading.TextContent.Trim());
            previous = level;
        }
    }
}
