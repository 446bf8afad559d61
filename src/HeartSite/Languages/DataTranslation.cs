using System.Collections.Immutable;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;

namespace HeartSite.Languages;

/// <summary>
/// Lays a translated data file (<c>data/help.es.yml</c>) over its original (<c>data/help.yml</c>):
/// the translation is <c>source_hash:</c> plus <c>items:</c>, a list in the original's order and
/// count (or, for a file of named groups, a map with the same keys), each item giving only its
/// translated text; nested lists such as <c>reach:</c> follow the same rule. Everything else is
/// inherited. A different count, order or key is HS0122. Without a translation the original's
/// records are kept (other content may refer to them) but come from the original file, so
/// <see cref="KeepTranslated"/> writes no page of them in this language.
/// </summary>
public static class DataTranslation
{
    public const string ItemsKey = "items";

    /// <summary>The overlay <see cref="ReadDataFile"/> runs for <paramref name="file"/> in <paramref name="language"/>.</summary>
    public static Func<string, object?, Action<Diagnostic>, (object? Root, string Source)?> For(string file, SiteLanguage language) =>
        (inputRoot, root, report) =>
        {
            var original = Path.GetFullPath(Path.Combine(inputRoot, file));
            var path = Path.GetFullPath(Path.Combine(inputRoot, TranslationFiles.PathIn(file, language.Code)));
            if (!File.Exists(path)) return (root, original);
            ImmutableDictionary<string, SourcePosition> positions;
            object? translated;
            try
            {
                (translated, positions) = YamlValues.ParseData(ReadFiles.ReadText(path));
            }
            catch (YamlSyntaxException e)
            {
                report(new Diagnostic(Severity.Error, e.Code, e.Message, e.Hint ?? "a translated data file is YAML: 'source_hash:' and 'items:'", path, e.Position.Line, e.Position.Column));
                return null;
            }
            catch (ContentException e)
            {
                report(e.Diagnostic);
                return null;
            }
            var problems = new List<(string At, string Message)>();
            var items = (translated as Dictionary<string, object?>)?.GetValueOrDefault(ItemsKey);
            if (items is null) problems.Add(("", $"it has no '{ItemsKey}:' list"));
            var laid = items is null ? null : Lay(root, items, ItemsKey, problems, top: true);
            foreach (var (at, message) in problems)
            {
                var where = positions.GetValueOrDefault(at, SourcePosition.Start);
                report(new Diagnostic(Severity.Error, "HS0122", $"this translation does not match {file}: {message}",
                    $"give '{ItemsKey}:' the same items in the same order as {file}, each with only its translated text", path, where.Line, where.Column));
            }
            return problems.Count == 0 ? (laid, path) : null;
        };

    static object? Lay(object? original, object? translated, string at, List<(string, string)> problems, bool top = false)
    {
        switch (original, translated)
        {
            case (List<object?> a, List<object?> b):
                if (a.Count != b.Count)
                {
                    problems.Add((at, $"'{at}' has {b.Count} items, the original {a.Count}"));
                    return null;
                }
                return a.Select((item, i) => Lay(item, b[i], $"{at}[{i}]", problems)).ToList();
            case (Dictionary<string, object?> a, Dictionary<string, object?> b):
                if (top && !a.Keys.SequenceEqual(b.Keys))
                {
                    problems.Add((at, $"'{at}' names {string.Join(", ", b.Keys)}; the original, in order: {string.Join(", ", a.Keys)}"));
                    return null;
                }
                var merged = new Dictionary<string, object?>(a, StringComparer.Ordinal);
                foreach (var (key, value) in b)
                    merged[key] = a.TryGetValue(key, out var old) && old is List<object?> or Dictionary<string, object?> ? Lay(old, value, $"{at}.{key}", problems) : value;
                return merged;
            case (_, null):
                return original;
            case (List<object?> or Dictionary<string, object?>, _):
                problems.Add((at, $"'{at}' should have the same shape as the original (a list or named groups)"));
                return null;
            default:
                return translated;
        }
    }
}
