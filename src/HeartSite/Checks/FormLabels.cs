namespace HeartSite.Checks;

/// <summary>
/// Every form control has a label (HS0740, an error: an unlabelled search box is a box of unknown
/// purpose to a screen reader): a <c>&lt;label for&gt;</c>, a wrapping label, <c>aria-label</c>,
/// <c>aria-labelledby</c> or <c>title</c>.
/// </summary>
public sealed class FormLabels : IPageCheck
{
    const string Controls = "input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea";

    public IEnumerable<Finding> Check(CheckedPage page, CheckedSite site)
    {
        foreach (var control in page.All(Controls))
        {
            var labelledByFor = control.Id is { Length: > 0 } id
                && page.All("label[for]").Any(l => l.GetAttribute("for") == id && l.TextContent.Trim().Length > 0);
            var wrapped = control.Closest("label") is { } label && label.TextContent.Trim().Length > 0;
            if (labelledByFor || wrapped || AccessibleNames.NameOf(control, page.Document).Length > 0) continue;
            yield return Finding.Error("HS0740", $"a {control.LocalName} on {page.RelativePath} has no label",
                "add <label for=\"the-id\">What to type</label>, or aria-label when a visible label is really not possible", control);
        }
    }
}
