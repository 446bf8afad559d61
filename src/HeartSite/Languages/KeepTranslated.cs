using System.Text.RegularExpressions;
using HeartSite.Engine;

namespace HeartSite.Languages;

/// <summary>
/// The last step before a translation's files are written. It keeps only what is translated: a
/// document made from a translation file, or a page the build makes itself (a list, a feed) when its
/// pipeline has at least one (or <see cref="LanguagePipelines.WritesWhole"/>); a page of untranslated records (a data file with no translation) is
/// left out. Then it points each link at this language's page only where that page exists: a link
/// to a page that is not translated goes to the original instead, marked <c>hreflang</c> and followed
/// by "(in English)" in this language's words (in this language's <c>lang</c>, as a list marks an untranslated title with the original's), and a link to a shared file (the stylesheet, icons)
/// goes to the one file at the site root.
/// </summary>
public sealed partial class KeepTranslated(LanguageSite languages) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var written = Written(context);
        return inputs.Where(d => d.Destination is null || written.Contains(d.Destination))
            .Select(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal) ? d with { Content = FixLinks(d.Content, written) } : d)
            .ToList();
    }

    /// <summary>The destinations this language writes, across every pipeline of the build.</summary>
    public static HashSet<string> Written(PipelineContext context, SiteLanguage language) =>
        Written(context.VisiblePipelines.ToDictionary(name => name, context.OutputsOf), language);

    /// <summary>As above, from each pipeline's laid-out documents.</summary>
    public static HashSet<string> Written(IReadOnlyDictionary<string, IReadOnlyList<Document>> pipelines, SiteLanguage language)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, documents) in pipelines)
        {
            var any = LanguagePipelines.WritesWhole(name, language) || documents.Any(d => IsTranslation(d, language));
            foreach (var d in documents.Where(d => d.Destination is not null && (IsTranslation(d, language) || (d.Source is null && any))))
                written.Add(d.Destination!);
        }
        return written;
    }

    HashSet<string> Written(PipelineContext context) => Written(context, languages.Current);

    /// <summary>
    /// Whether <paramref name="document"/> was made from <paramref name="language"/>'s translation file.
    /// Asked of every document once for each pipeline, so its file name is read in place.
    /// </summary>
    public static bool IsTranslation(Document document, SiteLanguage language) =>
        document.Source is { } source && TranslationFiles.CodeOf(source).SequenceEqual(language.Code);

    string FixLinks(string html, HashSet<string> written)
    {
        var prefix = languages.RootBasePath.TrimEnd('/') + "/" + languages.Current.Folder;
        var root = languages.RootBasePath.TrimEnd('/') + "/";
        var note = languages.CurrentStrings.Text("in_english");
        bool Exists(string path)
        {
            var file = path.Split('#', '?')[0];
            if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
            return written.Contains(file) || written.Contains(file + "/index.html");
        }
        html = Anchor().Replace(html, m =>
        {
            var path = m.Groups["href"].Value;
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || Exists(path[prefix.Length..])) return m.Value;
            var open = m.Groups["open"].Value.Replace($"href=\"{path}\"", $"href=\"{root}{path[prefix.Length..]}\"");
            if (!open.Contains("hreflang=", StringComparison.Ordinal)) open = open[..^1] + $" hreflang=\"{languages.All[0].Lang}\">";
            return $"{open}{m.Groups["text"].Value} <span class=\"link-language\" lang=\"{languages.Current.Lang}\">{note.Replace("&", "&amp;").Replace("<", "&lt;")}</span></a>";
        });
        return Reference().Replace(html, m =>
        {
            var path = m.Groups["path"].Value;
            return path.StartsWith(prefix, StringComparison.Ordinal) && !Exists(path[prefix.Length..])
                ? $"{m.Groups["attr"].Value}=\"{root}{path[prefix.Length..]}\""
                : m.Value;
        });
    }

    [GeneratedRegex("""(?<open><a\b[^>]*?\bhref="(?<href>/[^"]*)"[^>]*>)(?<text>.*?)</a>""", RegexOptions.Singleline)]
    private static partial Regex Anchor();

    [GeneratedRegex("\\b(?<attr>href|src|action|data-pagefind-bundle)=\"(?<path>/[^\"]*)\"")]
    private static partial Regex Reference();
}
