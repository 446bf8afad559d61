namespace HeartSite.Engine.Incremental;

/// <summary>
/// Puts last run's instance in place of each new document equal to it, matched by source,
/// destination and position among namesakes, so later steps see an unchanged document and reuse
/// their results. Most outputs are last run's objects already; when only a few are not, they are
/// found by a plain scan rather than by indexing every document, which a save would pay for at
/// every step of a large site.
/// </summary>
static class Interning
{
    const int FewChanged = 16;

    public static IReadOnlyList<Document> Intern(IReadOnlyList<Document>? previous, IReadOnlyList<Document> outputs)
    {
        if (previous is null) return outputs;
        var changed = new List<int>();
        for (var i = 0; i < outputs.Count; i++)
            if (i >= previous.Count || !ReferenceEquals(previous[i], outputs[i])) changed.Add(i);
        if (changed.Count == 0) return outputs;
        Func<int, Document?> old = changed.Count <= FewChanged
            ? i => Namesake(previous, outputs[i], Occurrence(outputs, i))
            : Indexed(previous, outputs);
        List<Document>? interned = null;
        foreach (var i in changed)
        {
            if (old(i) is { } same && SameDocument.Equal(same, outputs[i]))
            {
                interned ??= [.. outputs];
                interned[i] = same;
            }
        }
        return interned ?? outputs;
    }

    static bool SameName(Document a, Document b) =>
        string.Equals(a.RelativeSource, b.RelativeSource, StringComparison.Ordinal) && string.Equals(a.Destination, b.Destination, StringComparison.Ordinal);

    // How many documents up to and including index i share its source and destination.
    static int Occurrence(IReadOnlyList<Document> documents, int index)
    {
        var occurrence = 1;
        for (var j = 0; j < index; j++)
            if (SameName(documents[j], documents[index])) occurrence++;
        return occurrence;
    }

    static Document? Namesake(IReadOnlyList<Document> documents, Document document, int occurrence)
    {
        foreach (var candidate in documents)
            if (SameName(candidate, document) && --occurrence == 0) return candidate;
        return null;
    }

    static Func<int, Document?> Indexed(IReadOnlyList<Document> previous, IReadOnlyList<Document> outputs)
    {
        var byKey = Keys(previous).ToDictionary(k => k.Key, k => k.Document);
        var keys = Keys(outputs).Select(k => k.Key).ToList();
        return i => byKey.GetValueOrDefault(keys[i]);
    }

    static IEnumerable<((string?, string?, int) Key, Document Document)> Keys(IReadOnlyList<Document> documents)
    {
        var seen = new Dictionary<(string?, string?), int>();
        foreach (var d in documents)
        {
            var name = (d.RelativeSource, d.Destination);
            var occurrence = seen[name] = seen.GetValueOrDefault(name) + 1;
            yield return ((name.RelativeSource, name.Destination, occurrence), d);
        }
    }
}
