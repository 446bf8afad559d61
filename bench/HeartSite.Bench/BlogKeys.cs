namespace HeartSite.Bench;

/// <summary>Every metadata key the bench blog uses, named once.</summary>
public static class BlogKeys
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Tags = "tags";
    public const string Summary = "summary";
    public const string Url = "url";
    public const string Name = "name";
    public const string Count = "count";
    public const string Term = "term";
    public const string Terms = "terms";
    public const string Posts = "posts";
    public const string Site = "site";

    /// <summary>What every layout sees as <c>site</c>, as Hugo's <c>.Site.Title</c>.</summary>
    public static readonly IReadOnlyDictionary<string, object?> SiteModel =
        new Dictionary<string, object?>(StringComparer.Ordinal) { [Title] = "Bench Site" };
}
