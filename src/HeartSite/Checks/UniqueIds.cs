namespace HeartSite.Checks;

/// <summary>
/// No id is used twice on a page (HS0742, an error: a <c>#fragment</c>, a skip link or a label
/// would reach the first one only). Headings take ids from their text, so two headings with the
/// same words, or a heading named like a landmark, collide.
/// </summary>
public sealed class UniqueIds : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        foreach (var group in page.All("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                yield return Finding.Error("HS0742", $"id '{group.Key}' is used {group.Count()} times on {page.RelativePath}",
                    "reword one of the headings so each has its own text", duplicate, duplicate.TextContent.Trim());
    }
}
