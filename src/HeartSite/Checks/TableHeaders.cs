namespace HeartSite.Checks;

/// <summary>
/// Every data table has header cells (HS0741, an error: without <c>&lt;th&gt;</c> a screen reader
/// reads a grid of values with nothing to say what each means). Markdown tables always have them.
/// </summary>
public sealed class TableHeaders : IPageCheck
{
    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        foreach (var table in page.All("table:not([role=presentation]):not([role=none])"))
            if (table.QuerySelector("th") is null)
                yield return Finding.Error("HS0741", $"a table on {page.RelativePath} has no header cells",
                    "give the table a header row (in Markdown, the first row above the | --- | line)", table);
    }
}
