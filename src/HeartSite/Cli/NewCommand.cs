using System.CommandLine;
using HeartSite.Content;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Safety;
using HeartSite.Site;

namespace HeartSite.Cli;

/// <summary>
/// <c>heartsite new &lt;type&gt; "&lt;title&gt;"</c>: writes a new, valid content file from the type's
/// scaffold and prints its path. Never overwrites: an existing file is exit 1; an unknown type exit 2.
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyList<ContentType>? types = null)
    {
        var known = types ?? SiteContentTypes.All;
        var options = new BuildOptions();
        var type = new Argument<string>("type") { Description = "what to create: " + KnownNames(known) };
        var title = new Argument<string>("title") { Description = "the title (or term) of the new item, in quotes; with --lang, the name of the file to translate" };
        var lang = new Option<string?>("--lang") { Description = "start a translation into this language (e.g. es) of the existing file named by the second argument" };
        var command = new Command("new", "Create a new content file, ready to edit.") { type, title, lang, options.Input, options.Now };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(type)!;
            if (parse.GetValue(lang) is { } code)
                return NewTranslation.Run(known, name, parse.GetValue(title)!.Trim(), code, Path.GetFullPath(parse.GetValue(options.Input)!), output, error);
            var contentType = known.FirstOrDefault(t => t.Name == name);
            if (contentType is null)
            {
                error.WriteLine(ConsoleText.Line($"heartsite: error HS0802: there is no content type named '{name}' — use one of: {KnownNames(known)}"));
                return ExitCodes.Usage;
            }
            var text = parse.GetValue(title)!.Trim();
            // The file name is made from the title's letters and digits, so a title needs some.
            if (!text.Any(char.IsLetterOrDigit))
            {
                error.WriteLine("heartsite: error HS0803: the title has no letters or digits — give it in quotes, e.g. heartsite new " + name + " \"Talking with families\"");
                return ExitCodes.Usage;
            }
            var input = Path.GetFullPath(parse.GetValue(options.Input)!);
            if (!Directory.Exists(input))
            {
                error.WriteLine($"heartsite: error: --input folder '{input}' does not exist");
                return ExitCodes.Usage;
            }
            return Write(contentType, contentType.Scaffold(new ScaffoldRequest(text, parse.GetValue(options.Now) ?? DateTimeOffset.Now, input)),
                input, output, error);
        });
        return command;
    }

    static int Write(ContentType type, Scaffold scaffold, string input, TextWriter output, TextWriter error)
    {
        var path = Path.GetFullPath(Path.Combine(input, scaffold.RelativePath));
        var shown = ConsoleText.Escape(DiagnosticFormatter.RelativePath(path, Environment.CurrentDirectory));
        if (Outside(input, path, error)) return ExitCodes.ContentErrors;
        if (File.Exists(path))
        {
            error.WriteLine($"{shown}: error HS0801: this file already exists; nothing was written — " +
                "open it to edit, or choose a different title so the new file gets another name");
            return ExitCodes.ContentErrors;
        }
        // A scaffold that fails its own schema (e.g. an odd title) is reported before anything is written.
        var problems = Problems(type, scaffold, path);
        if (problems.Count > 0)
        {
            DiagnosticsWriter.Write(problems, error);
            error.WriteLine($"heartsite: error HS0804: the new {type.Name} would not be valid, so {shown} was not written — try a simpler title");
            return ExitCodes.ContentErrors;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, scaffold.Text.ReplaceLineEndings("\n"));
        output.WriteLine(ConsoleText.Line(shown));
        WriteNextSteps(shown, output);
        return ExitCodes.Success;
    }

    /// <summary>
    /// True (after saying so) when <paramref name="path"/> is not a file inside the content folder,
    /// or reaching it passes a symbolic link: new files are written only inside <c>input/</c>.
    /// </summary>
    public static bool Outside(string input, string path, TextWriter error)
    {
        var full = Path.GetFullPath(path);
        if (SourceTree.IsInside(input, full) && full != Path.GetFullPath(input) && !SourceTree.PassesThroughLink(input, full)) return false;
        error.WriteLine(ConsoleText.Line($"heartsite: error HS0804: the new file would be written outside {input}, so nothing was written — " +
            "check that the content folders are real folders, not links"));
        return true;
    }

    /// <summary>The errors the type's front-matter parser and schema report for a scaffold.</summary>
    public static IReadOnlyList<Diagnostic> Problems(ContentType type, Scaffold scaffold, string path)
    {
        var problems = new List<Diagnostic>();
        var document = new Document { Source = path, RelativeSource = scaffold.RelativePath, Content = scaffold.Text.ReplaceLineEndings("\n") };
        var parsed = ParseFrontMatter.Parse(document, problems.Add);
        if (parsed is not null) type.Schema.With(Publication.Fields).Validate(parsed, problems.Add);
        return problems.Where(d => d.Severity == Severity.Error).ToList();
    }

    /// <summary>What a new file's author does next: edit it, preview it, and publish it by ending the draft.</summary>
    public static void WriteNextSteps(string shownPath, TextWriter output)
    {
        output.WriteLine($"Next: open {shownPath} and replace the sample text; lines starting with '#' are notes you may delete.");
        output.WriteLine("It is a draft: the published site leaves it out until you delete the line 'draft: true'.");
        output.WriteLine("Preview it with: dotnet run --project src/HeartSite -- serve");
    }

    static string KnownNames(IReadOnlyList<ContentType> types) =>
        types.Count == 0 ? "(none yet)" : string.Join(", ", types.Select(t => t.Name).Order(StringComparer.Ordinal));
}
