using System.Collections.Immutable;
using HeartSite.Engine.Safety;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HeartSite.Engine.FrontMatter;

/// <summary>
/// The common case of <see cref="YamlValues.ParseMapping"/> in one pass over YamlDotNet's events,
/// without building its representation model or reading the text twice: a mapping of plain or
/// quoted scalars, lists and groups. Anything else — a syntax error, an anchor, an alias, a tag,
/// a repeated key, a control character, nesting past <see cref="YamlValues.MaxDepth"/>, more than
/// one document — gives null, and the full parse handles it, so every diagnostic stays its own.
/// </summary>
static class SimpleYaml
{
    public static YamlValues.Parsed? TryParseMapping(string yaml, int firstLine)
    {
        try
        {
            var events = new Parser(new StringReader(yaml));
            if (!Expect<StreamStart>(events) || !Expect<DocumentStart>(events) || !events.MoveNext()
                || events.Current is not MappingStart root || !Plain(root)) return null;
            var positions = ImmutableDictionary.CreateBuilder<string, SourcePosition>(StringComparer.Ordinal);
            var values = Mapping(events, "", positions, firstLine, 1);
            if (values is null || !Expect<DocumentEnd>(events) || !Expect<StreamEnd>(events) || events.MoveNext()) return null;
            return new(values.ToImmutableDictionary(StringComparer.Ordinal), positions.ToImmutable());
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null;
        }
    }

    // The events after a MappingStart, up to and including its MappingEnd; null when not simple.
    static Dictionary<string, object?>? Mapping(Parser events, string path,
        ImmutableDictionary<string, SourcePosition>.Builder positions, int firstLine, int depth)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (events.MoveNext())
        {
            if (events.Current is MappingEnd) return values;
            if (events.Current is not Scalar keyEvent || !Plain(keyEvent)) return null;
            var key = keyEvent.Value.Trim();
            if (values.ContainsKey(key)) return null;
            var at = path.Length == 0 ? key : $"{path}.{key}";
            positions[at] = Shift(keyEvent.Start, firstLine);
            if (!events.MoveNext() || !Value(events, at, positions, firstLine, depth, out var value)) return null;
            values[key] = value;
        }
        return null;
    }

    // The node starting at the current event, read to its end, as YamlValues.ParseMapping gives it.
    static bool Value(Parser events, string path, ImmutableDictionary<string, SourcePosition>.Builder positions,
        int firstLine, int depth, out object? value)
    {
        value = null;
        switch (events.Current)
        {
            case Scalar scalar when Plain(scalar):
                value = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL" ? null : scalar.Value;
                return true;
            case MappingStart mapping when Plain(mapping) && depth < YamlValues.MaxDepth:
                value = Mapping(events, path, positions, firstLine, depth + 1);
                return value is not null;
            case SequenceStart sequence when Plain(sequence) && depth < YamlValues.MaxDepth:
                var items = new List<object?>();
                while (events.MoveNext() && events.Current is not SequenceEnd)
                {
                    var at = $"{path}[{items.Count}]";
                    positions[at] = Shift(events.Current!.Start, firstLine);
                    if (!Value(events, at, positions, firstLine, depth + 1, out var item)) return false;
                    items.Add(item);
                }
                value = items;
                return events.Current is SequenceEnd;
            default:
                return false;
        }
    }

    static bool Expect<T>(Parser events) where T : ParsingEvent => events.MoveNext() && events.Current is T;

    // No anchor, no tag and, for text, no control character: what the full parse refuses or treats specially.
    static bool Plain(NodeEvent node) =>
        node.Anchor.IsEmpty && node.Tag.IsEmpty && (node is not Scalar scalar || !scalar.Value.Any(SourceText.IsForbidden));

    static SourcePosition Shift(Mark mark, int firstLine) => new((int)mark.Line + firstLine - 1, (int)mark.Column);
}
