using HeartSite.Content.Search;

namespace HeartSite.Tests.Support;

/// <summary>
/// Builds for tests that assert nothing about search: Pagefind is left out of them (about a second
/// of a real-site build). The shared real-site build, the search tests and the incremental tests
/// still index, so search stays covered.
/// </summary>
public static class WithoutSearch
{
    public static T Run<T>(Func<T> build)
    {
        var was = SearchIndex.LeftOutByTest.Value;
        SearchIndex.LeftOutByTest.Value = true;
        try { return build(); }
        finally { SearchIndex.LeftOutByTest.Value = was; }
    }
}
