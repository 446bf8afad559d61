namespace HeartSite.Content.News;

/// <summary>The metadata keys of news issues and articles, named once (shared keys live in <see cref="Site.Keys"/>).</summary>
public static class NewsKeys
{
    public const string Number = "number";
    public const string Date = "date";
    public const string Articles = "articles";
    public const string Author = "author";

    /// <summary>The Markdown body as written, kept so issues, emails and feeds can render it their own way.</summary>
    public const string Markdown = "markdown";

    /// <summary>The resolved <see cref="NewsIssue"/> of an issue document.</summary>
    public const string Issue = "issue";

    /// <summary>The issues just before and after this one by date (<see cref="NewsIssue"/> or null).</summary>
    public const string Previous = "previous";
    public const string Next = "next";
}
