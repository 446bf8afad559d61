using System.Collections.Concurrent;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Checks;

/// <summary>
/// What the checks find, gathered page by page (from any thread), each placed where an editor can
/// act on it; the findings that wait on other pages (<see cref="Finding.Decide"/>) are settled last.
/// </summary>
public sealed class Findings(string reportRoot, IReadOnlyList<IPageCheck> checks, SourceLocator? sources = null)
{
    readonly SourceLocator _sources = sources ?? new SourceLocator();
    readonly DiagnosticBag _found = new();
    readonly ConcurrentBag<(Diagnostic Placed, Func<CheckedSite, string?> Decide)> _waiting = [];

    public void Judge(CheckedPage page, CheckedSite site)
    {
        foreach (var check in checks)
            foreach (var finding in check.Check(page, site))
            {
                var placed = _sources.Place(finding, page, reportRoot);
                if (finding.Decide is { } decide) _waiting.Add((placed, decide));
                else _found.Add(placed);
            }
    }

    /// <summary>Every finding, sorted, once <paramref name="site"/> knows every page.</summary>
    public IReadOnlyList<Diagnostic> Settle(CheckedSite site)
    {
        foreach (var (placed, decide) in _waiting)
            if (decide(site) is { } message) _found.Add(placed with { Message = message });
        return _found.Sorted().Distinct().ToList();
    }
}
