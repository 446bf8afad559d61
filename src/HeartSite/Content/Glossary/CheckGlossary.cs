using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;

namespace HeartSite.Content.Glossary;

/// <summary>
/// The rules that need the whole glossary, checked once every entry is read: each definition is
/// one sentence (HS0401–HS0403); no two entries share a name, whether term or alias (HS0412);
/// every related slug names another entry (HS0410, with a did-you-mean; HS0411 for itself).
/// Entries with errors are dropped, so nothing links to a page that will not exist.
/// </summary>
public sealed class CheckGlossary : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var slugs = inputs.Select(d => d.GetString(AssignSlugs.SlugKey)!).ToList();
        var known = slugs.ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        var output = new List<Document>();
        foreach (var entry in inputs)
        {
            var ok = OneSentence.Check(entry, GlossarySchema.Definition, context.Report);
            ok &= ClaimNames(entry, owners, context);
            ok &= CheckRelated(entry, known, slugs, context);
            if (ok) output.Add(entry);
        }
        return output;
    }

    // The first entry (in file order) to use a name keeps it; a later one is the error.
    static bool ClaimNames(Document entry, Dictionary<string, Document> owners, PipelineContext context)
    {
        var ok = true;
        var names = new List<(string Name, string Key)> { (entry.GetString(GlossarySchema.Term)!, GlossarySchema.Term) };
        var aliases = entry.Get<IReadOnlyList<string>>(GlossarySchema.Aliases) ?? [];
        names.AddRange(aliases.Select((alias, i) => (alias, $"{GlossarySchema.Aliases}[{i}]")));
        foreach (var (name, key) in names)
        {
            var trimmed = name.Trim();
            if (owners.TryGetValue(trimmed, out var owner) && owner != entry)
            {
                context.Report(Diagnostic.Error("HS0412", $"'{trimmed}' is already a term or alias of {owner.RelativeSource}",
                    "each term and alias must belong to one entry; merge the two entries or choose another name", entry, Where(entry, key)));
                ok = false;
                continue;
            }
            owners[trimmed] = entry;
        }
        return ok;
    }

    static bool CheckRelated(Document entry, HashSet<string> known, IReadOnlyList<string> slugs, PipelineContext context)
    {
        var ok = true;
        var related = entry.Get<IReadOnlyList<string>>(GlossarySchema.Related) ?? [];
        var self = entry.GetString(AssignSlugs.SlugKey)!;
        for (var i = 0; i < related.Count; i++)
        {
            var slug = related[i].Trim();
            var key = Where(entry, $"{GlossarySchema.Related}[{i}]");
            if (slug == self)
            {
                context.Report(Diagnostic.Error("HS0411", $"'{GlossarySchema.Related}' lists the entry itself ('{slug}')",
                    "remove it; related terms are other entries", entry, key));
                ok = false;
            }
            else if (!known.Contains(slug))
            {
                var suggestion = Suggestions.Closest(slug, slugs.Where(s => s != self));
                context.Report(Diagnostic.Error("HS0410", $"'{GlossarySchema.Related}' names '{slug}', which is not a glossary entry",
                    suggestion is null ? "use the file name of an entry in input/glossary/, without .md" : $"did you mean '{suggestion}'?",
                    entry, key));
                ok = false;
            }
        }
        return ok;
    }

    // A one-item list may be written on one line ('related: resilience'), which has no item position.
    static string Where(Document entry, string key)
    {
        if (entry.Map.Keys.ContainsKey(key)) return key;
        var bracket = key.IndexOf('[');
        return bracket < 0 ? key : key[..bracket];
    }
}
