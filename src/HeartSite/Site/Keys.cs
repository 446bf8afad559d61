namespace HeartSite.Site;

/// <summary>Every metadata key the site's modules share, named once.</summary>
public static class Keys
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Description = "description";
    public const string Layout = "layout";
    public const string Slug = "slug";
    public const string Order = "order";
    public const string Updated = "updated";
}
