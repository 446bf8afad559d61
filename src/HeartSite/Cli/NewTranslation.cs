using HeartSite.Content;
using HeartSite.Engine.Diagnostics;
using HeartSite.Languages;
using HeartSite.Site;

namespace HeartSite.Cli;

/// <summary>
/// <c>heartsite new &lt;type&gt; --lang es &lt;name&gt;</c>: writes the start of a translation beside the
/// existing file <c>&lt;type's folder&gt;/&lt;name&gt;.md</c> (see <see cref="TranslationScaffold"/>).
/// Pages can be translated too (type <c>page</c>). Never overwrites an existing translation.
/// </summary>
static class NewTranslation
{
    public static int Run(IReadOnlyList<ContentType> types, string typeName, string name, string code, string input, TextWriter output, TextWriter error)
    {
        var folder = typeName == "page" ? TranslationScaffold.PagesFolder : types.FirstOrDefault(t => t.Name == typeName)?.Folder;
        if (folder is null)
        {
            error.WriteLine(ConsoleText.Line($"heartsite: error HS0802: there is no content type named '{typeName}' — use one of: page, {string.Join(", ", types.Select(t => t.Name).Order(StringComparer.Ordinal))}"));
            return ExitCodes.Usage;
        }
        var diagnostics = new DiagnosticBag();
        var site = SiteData.Load(input, diagnostics);
        if (site is null)
        {
            DiagnosticsWriter.Write(diagnostics.Sorted(), error);
            return ExitCodes.ContentErrors;
        }
        var language = site.Languages.FirstOrDefault(l => l.Code == code && !l.IsDefault);
        if (language is null)
        {
            error.WriteLine(ConsoleText.Line($"heartsite: error HS0121: '{code}' is not one of the site's languages to translate into — use one of: {string.Join(", ", site.Languages.Skip(1).Select(l => l.Code))}"));
            return ExitCodes.Usage;
        }
        var original = $"{folder}/{Path.GetFileNameWithoutExtension(name.TrimEnd('/'))}.md";
        if (!File.Exists(Path.Combine(input, original)))
        {
            error.WriteLine(ConsoleText.Line($"heartsite: error HS0810: there is no {original} to translate — give the name of an existing file, without '.md'"));
            return ExitCodes.ContentErrors;
        }
        var scaffold = TranslationScaffold.Create(original, input, language, site.DefaultLanguage.Name);
        var path = Path.GetFullPath(Path.Combine(input, scaffold.RelativePath));
        var shown = ConsoleText.Escape(DiagnosticFormatter.RelativePath(path, Environment.CurrentDirectory));
        if (NewCommand.Outside(input, path, error)) return ExitCodes.ContentErrors;
        if (File.Exists(path))
        {
            error.WriteLine($"{shown}: error HS0801: this translation already exists; nothing was written — open it to edit");
            return ExitCodes.ContentErrors;
        }
        File.WriteAllText(path, scaffold.Text.ReplaceLineEndings("\n"));
        output.WriteLine(ConsoleText.Line(shown));
        NewCommand.WriteNextSteps(shown, output);
        return ExitCodes.Success;
    }
}
