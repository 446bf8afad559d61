using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Languages;

/// <summary>
/// Right after front matter is read, picks one language's documents. For the default language it
/// keeps the original files and reports translations that cannot be used: an unknown language
/// code (HS0121) or no original beside them (HS0120). For another language it merges each original
/// that has a translation with it: the translation's fields override the original's, its body
/// replaces the original's, and everything it does not give (dates, audiences, order, links) is
/// inherited. An original with no translation is kept, marked <see cref="UntranslatedKey"/>, so the
/// language's lists (the glossary A–Z, the events) still name it, linked to the original's page;
/// <see cref="SkipUntranslated"/> drops it before it would be laid out as a page of its own. The merged document keeps the original's <c>RelativeSource</c>, so it
/// gets the same address (under the language's folder), and the translation's <c>Source</c>, so
/// problems are reported in the file the translator wrote.
/// </summary>
public sealed class SelectLanguage(SiteLanguage language, IReadOnlyList<SiteLanguage> languages) : IModule
{
    /// <summary>Where a merged document keeps the translation's own path (relative to input/), for "Edit this page".</summary>
    public const string TranslationSourceKey = "translation_source";

    /// <summary>Marks an original kept in another language's build only to be listed: it has no translation. Its value is the original's lang tag (<c>en-US</c>).</summary>
    public const string UntranslatedKey = "untranslated";

    /// <summary>The lang tag of the text a list shows for <paramref name="document"/>, where it differs from the page's: an untranslated original's; else null.</summary>
    public static string? LangOf(Document document) => document.GetString(UntranslatedKey);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var originals = new List<Document>();
        var translations = new Dictionary<(string Original, string Code), Document>();
        foreach (var document in inputs)
        {
            if (document.RelativeSource is { } relative && TranslationFiles.Parse(relative) is { } t)
                translations[t] = document;
            else
                originals.Add(document);
        }
        var known = originals.Select(o => o.RelativeSource).ToHashSet(StringComparer.Ordinal);
        if (language.IsDefault)
        {
            foreach (var ((original, code), translation) in translations.OrderBy(t => t.Value.RelativeSource, StringComparer.Ordinal))
            {
                if (languages.All(l => l.Code != code || l.IsDefault))
                    context.Report(Diagnostic.Error("HS0121", $"'{code}' in the file name is not one of the site's languages",
                        $"use one of: {string.Join(", ", languages.Skip(1).Select(l => l.Code))}; or add '{code}' to 'languages' in input/data/site.yml", translation));
                // An original that exists but could not be read is reported on its own; only a missing one is this translation's problem.
                else if (!known.Contains(original) && !File.Exists(Path.Combine(context.Settings.InputRoot, original)))
                    context.Report(Diagnostic.Error("HS0120", $"this translation has no original: there is no {original}",
                        $"name it after the {languages[0].Name} file it translates, with '.{code}' before the extension", translation));
            }
            return originals;
        }
        return originals
            .Select(o => translations.TryGetValue((o.RelativeSource!, language.Code), out var t) ? Merge(o, t) : o.With(UntranslatedKey, languages[0].Lang))
            .ToList();
    }

    static Document Merge(Document original, Document translation)
    {
        var own = translation.Metadata.Remove(TranslationFiles.SourceHashKey);
        return original with
        {
            Source = translation.Source,
            Metadata = original.Metadata.SetItems(own).SetItem(TranslationSourceKey, translation.RelativeSource),
            Content = translation.Content,
            Map = translation.Map with { Keys = original.Map.Keys.SetItems(translation.Map.Keys).Remove(TranslationFiles.SourceHashKey) },
        };
    }
}
