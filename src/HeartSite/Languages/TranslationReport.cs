using HeartSite.Engine;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Site;

namespace HeartSite.Languages;

/// <summary>
/// <c>check --report translations</c>: for each language but the default, which content files have
/// no translation yet, and which translations are stale: their <c>source_hash</c> is not the hash
/// of the original as it is now, so the original changed after it was translated.
/// </summary>
public static class TranslationReport
{
    /// <summary>Every file a translation can sit beside: the Markdown content and the data files other than site.yml.</summary>
    public static IReadOnlyList<string> Originals(string inputRoot) =>
        ReadFiles.Find(inputRoot, ["**/*.md", "data/*.yml"])
            .Where(p => p != SiteData.RelativePath && TranslationFiles.Parse(p) is null)
            .ToList();

    public static void Write(string inputRoot, IReadOnlyList<SiteLanguage> languages, TextWriter output)
    {
        var originals = Originals(inputRoot);
        foreach (var language in languages.Where(l => !l.IsDefault))
        {
            var missing = new List<string>();
            var stale = new List<string>();
            foreach (var original in originals)
            {
                var translation = TranslationFiles.PathIn(original, language.Code);
                var path = Path.Combine(inputRoot, translation);
                if (!File.Exists(path)) { missing.Add(original); continue; }
                var recorded = SourceHash(path);
                var current = TranslationFiles.Hash(Path.Combine(inputRoot, original));
                if (recorded != current)
                    stale.Add($"{translation} (source_hash {recorded ?? "missing"}; {original} is now {current})");
            }
            output.WriteLine($"{language.Name} ({language.Code}): {originals.Count - missing.Count} of {originals.Count} files translated, {stale.Count} stale, {missing.Count} not translated.");
            foreach (var line in stale) output.WriteLine($"  stale: {line}");
            foreach (var line in missing) output.WriteLine($"  not translated: {line}");
        }
    }

    /// <summary>The <c>source_hash</c> a translation records, from its front matter or its data file's top level.</summary>
    public static string? SourceHash(string path)
    {
        try
        {
            var text = ReadFiles.ReadText(path);
            IReadOnlyDictionary<string, object?>? values = path.EndsWith(".md", StringComparison.Ordinal)
                ? ParseFrontMatter.Parse(new Document { Source = path, Content = text }, _ => { })?.Metadata
                : YamlValues.ParseData(text).Root as Dictionary<string, object?>;
            return values?.GetValueOrDefault(TranslationFiles.SourceHashKey)?.ToString();
        }
        catch (Exception e) when (e is YamlSyntaxException or Engine.Diagnostics.ContentException)
        {
            return null;
        }
    }
}
