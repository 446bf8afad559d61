using System.Collections.Immutable;
using HeartSite.Engine.Safety;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace HeartSite.Engine.FrontMatter;

/// <summary>
/// Turns YAML into plain values (string, list, ordered dictionary, null) while remembering where
/// each key and each list item sits, at any depth, so diagnostics point at the right line.
/// Scalars stay strings: converting them is the schema's job, which knows what each field means.
/// </summary>
public static class YamlValues
{
    public sealed record Parsed(ImmutableDictionary<string, object?> Values, ImmutableDictionary<string, SourcePosition> Positions);

    /// <summary>Parses a YAML mapping; <paramref name="firstLine"/> is the file line the YAML text starts on.</summary>
    /// <exception cref="YamlSyntaxException">The text is not YAML, or not a mapping.</exception>
    public static Parsed ParseMapping(string yaml, int firstLine = 1)
    {
        if (SimpleYaml.TryParseMapping(yaml, firstLine) is { } simple) return simple;
        var root = Load(yaml, firstLine);
        if (root is null) return new(ImmutableDictionary<string, object?>.Empty, ImmutableDictionary<string, SourcePosition>.Empty);
        if (root is not YamlMappingNode mapping) throw Advised(yaml, "expected 'key: value' lines", root.Start, firstLine);
        var (values, positions) = Read(mapping, firstLine);
        return new(((Dictionary<string, object?>)values!).ToImmutableDictionary(StringComparer.Ordinal), positions);
    }

    /// <summary>
    /// Parses a data file: a list or a mapping (null when empty). Positions are kept for every key and
    /// list item at any depth, by path: <c>key</c>, <c>key[0]</c>, <c>key[0].name</c>, <c>[2].name</c>.
    /// </summary>
    /// <exception cref="YamlSyntaxException">The text is not YAML, or a single value rather than a list or a mapping.</exception>
    public static (object? Root, ImmutableDictionary<string, SourcePosition> Positions) ParseData(string yaml)
    {
        var root = Load(yaml, 1);
        if (root is null) return (null, ImmutableDictionary<string, SourcePosition>.Empty);
        if (root is not (YamlMappingNode or YamlSequenceNode))
            throw Advised(yaml, "expected a list of records ('- name: …') or named groups ('key:' lines)", root.Start, 1);
        return Read(root, 1);
    }

    static (object? Values, ImmutableDictionary<string, SourcePosition> Positions) Read(YamlNode root, int firstLine)
    {
        var positions = ImmutableDictionary.CreateBuilder<string, SourcePosition>(StringComparer.Ordinal);
        Locate(root, "", positions, firstLine);
        return (ToValue(root), positions.ToImmutable());
    }

    // Nesting is capped at MaxDepth by CheckLimits before this runs, so recursion is safe here.
    static void Locate(YamlNode node, string path, ImmutableDictionary<string, SourcePosition>.Builder positions, int firstLine)
    {
        if (node is YamlMappingNode mapping)
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = KeyOf(keyNode);
                var at = path.Length == 0 ? key : $"{path}.{key}";
                positions[at] = Shift(keyNode.Start, firstLine);
                Locate(valueNode, at, positions, firstLine);
            }
        else if (node is YamlSequenceNode sequence)
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                positions[$"{path}[{i}]"] = Shift(sequence.Children[i].Start, firstLine);
                Locate(sequence.Children[i], $"{path}[{i}]", positions, firstLine);
            }
    }

    // The root node, or null for an empty text.
    static YamlNode? Load(string yaml, int firstLine)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            CheckLimits(yaml, firstLine);
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw Advised(yaml, Describe(e), e.Start, firstLine);
        }
        // An unclosed bracket (YamlDotNet's InvalidOperationException) is caught by CheckLimits' read of the same text.
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return null;
        return stream.Documents[0].RootNode;
    }

    static string KeyOf(YamlNode keyNode) => ((keyNode as YamlScalarNode)?.Value ?? keyNode.ToString()).Trim();

    static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL" => null,
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(kv => KeyOf(kv.Key), kv => ToValue(kv.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>How deeply lists and groups may nest; content needs three or four levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Reads the YAML as a flat stream of events (no recursion, so 50,000 nested brackets cannot
    /// overflow the stack) and refuses, before anything is built from it: nesting deeper than
    /// <see cref="MaxDepth"/> (HS0205), aliases (HS0209: <c>*name</c> copies a value, and a few lines
    /// of them can expand to gigabytes) and control characters written as escapes (HS0208).
    /// </summary>
    static void CheckLimits(string yaml, int firstLine)
    {
        var events = new Parser(new StringReader(yaml));
        var depth = 0;
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        while (Next(events, yaml, firstLine))
        {
            if (events.Current is NodeEvent { Anchor.IsEmpty: false } anchored) anchors.Add(anchored.Anchor.Value);
            switch (events.Current)
            {
                case SequenceStart or MappingStart when ++depth > MaxDepth:
                    throw new YamlSyntaxException($"lists and groups are nested more than {MaxDepth} deep",
                        Shift(events.Current.Start, firstLine), "HS0205", "settings need only a few levels; check for stray '[' or '{' characters");
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
                // '*Important* news' is text that needs quotes, not a reference: the loader's error advises that.
                case AnchorAlias alias when anchors.Contains(alias.Value.Value):
                    throw new YamlSyntaxException($"'*{alias.Value}' repeats another value by reference, which is not supported",
                        Shift(alias.Start, firstLine), "HS0209", "write the value out in full; if it is text, put it in quotes");
                case Scalar scalar when scalar.Value.Any(SourceText.IsForbidden):
                    throw new YamlSyntaxException("the value contains a control character, which cannot be shown on a page",
                        Shift(scalar.Start, firstLine), "HS0208", "remove the escape (like \\x01 or \\u0007) from the value");
            }
        }
    }

    // YamlDotNet fails with InvalidOperationException on some unclosed brackets; the last event read is where it opened.
    static bool Next(Parser events, string yaml, int firstLine)
    {
        try
        {
            return events.MoveNext();
        }
        catch (InvalidOperationException)
        {
            throw Advised(yaml, "a bracket is opened but never closed", events.Current?.Start ?? Mark.Empty, firstLine);
        }
    }

    static YamlSyntaxException Advised(string yaml, string parserSays, Mark mark, int firstLine)
    {
        var (message, line, column) = YamlAdvice.For(yaml, parserSays, (int)mark.Line, (int)mark.Column);
        return new YamlSyntaxException(message, new SourcePosition(line + firstLine - 1, Math.Max(column, 1)));
    }

    static SourcePosition Shift(Mark mark, int firstLine) => new((int)mark.Line + firstLine - 1, (int)mark.Column);

    // YamlDotNet prefixes messages with the position, which the canonical format already carries.
    static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith("(Line:") && close > 0 ? message[(close + 3)..] : message).TrimEnd('.');
    }
}

/// <summary>YAML that cannot be read (HS0001), or that breaks a limit (its own code and hint), with its position.</summary>
public sealed class YamlSyntaxException(string message, SourcePosition position, string code = "HS0001", string? hint = null) : Exception(message)
{
    public SourcePosition Position { get; } = position;
    public string Code { get; } = code;
    public string? Hint { get; } = hint;
}
