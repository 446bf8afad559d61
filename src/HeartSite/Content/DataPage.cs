using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Content;

/// <summary>
/// A content type that is a data file shown on one page: every record of <see cref="DataFile"/>,
/// checked by <see cref="Schema"/>, is listed by the theme layout <see cref="Layout"/> at
/// <see cref="Url"/>. Declaring one is the whole type; <see cref="SitePipelines"/> registers it in one row.
/// The page's heading and one-line summary live here because the data file holds only records.
/// </summary>
public sealed record DataPage(string Name, string DataFile, Schema Schema, string Layout, string Url, string Title, string Description)
{
    /// <summary>What the layout calls the list of records.</summary>
    public const string RecordsKey = "records";

    public Pipeline Pipeline(SiteTemplates templates) => new(Name)
    {
        Input = { new ReadDataFile(DataFile, Schema) },
        Process = { new Transform((records, _) => [Page(records)]) },
        PostProcess = { templates.Layout(Layout) },
        Output = { new WriteFiles() },
    };

    Document Page(IReadOnlyList<Document> records) => new Document
    {
        Source = records.FirstOrDefault()?.Source,
        RelativeSource = DataFile,
        Destination = SetDestination.FileOf(Url),
    }.With([
        new(Keys.Title, Title),
        new(Keys.Description, Description),
        new(RecordsKey, records.Select(r => r.Metadata.ToDictionary(StringComparer.Ordinal)).ToList()),
    ]);
}
