using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;

namespace HeartSite.Content;

/// <summary>
/// What the command line needs to know about a content type editors create files for: its name
/// on the command line (<c>tip-sheet</c>), the input folder it lives in, its schema, and how to
/// write a new, valid file for a title.
/// </summary>
public sealed record ContentType(string Name, string Folder, Schema Schema, Func<ScaffoldRequest, Scaffold> Scaffold);

/// <summary>A request to scaffold: the title the editor gave, the clock, and the input folder (to look at what exists).</summary>
public sealed record ScaffoldRequest(string Title, DateTimeOffset Now, string InputRoot)
{
    /// <summary>
    /// The existing files matching a glob under the input folder, front matter parsed. Files whose
    /// front matter cannot be read are left out: the build reports those, scaffolding need not.
    /// </summary>
    public IReadOnlyList<Document> Existing(string pattern) => ReadFiles.Find(InputRoot, [pattern])
        .Select(relative =>
        {
            var path = Path.GetFullPath(Path.Combine(InputRoot, relative));
            return ParseFrontMatter.Parse(new Document { Source = path, RelativeSource = relative, Content = ReadFiles.ReadText(path) }, _ => { });
        })
        .OfType<Document>()
        .ToList();
}

/// <summary>A new file: where it goes under the input folder and its text.</summary>
public sealed record Scaffold(string RelativePath, string Text)
{
    /// <summary>
    /// The first lines of every scaffold's front matter: a new file is a draft, so sample text
    /// never reaches the public site, and its first comment says so and how to publish.
    /// </summary>
    public const string DraftLines =
        "# Draft: only previews show this file; delete the next line to publish it.\ndraft: true";
}
