using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine;

/// <summary>
/// No two documents may be written to one place (HS0106): the second would silently replace the
/// first. Runs once over every pipeline's finished documents, before anything is written, so it
/// catches every way two files can claim an address: two pages, a page and a redirect, two redirects.
/// </summary>
public static class UniqueDestinations
{
    public static void Check(IEnumerable<Document> documents, Action<Diagnostic> report)
    {
        var claims = documents.Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.OrdinalIgnoreCase) // one file on macOS and Windows
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var claimants = claim.Select(d => d.RelativeSource ?? $"the generated {d.Destination}").Distinct().Order(StringComparer.Ordinal).ToList();
            var url = Modules.SetDestination.UrlOf(claim.Key);
            var second = claim.OrderBy(d => d.RelativeSource ?? "", StringComparer.Ordinal).Last();
            var who = claimants.Count == 1
                ? $"{claimants[0]} claims the address {url} twice (is it in its own 'redirect_from'?)"
                : $"{claimants.Count} files claim the address {url}: {string.Join(" and ", claimants)}";
            report(new Diagnostic(Severity.Error, "HS0106", who,
                "rename one of them, or remove the old address from its 'redirect_from' list",
                second.Source, second.Source is null ? 0 : second.PositionOf(FrontMatter.Publication.RedirectFrom).Line, 0));
        }
    }
}
