using System.Collections.Immutable;
using System.Globalization;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine.FrontMatter;

/// <summary>
/// The front-matter fields of one content type. <see cref="Validate"/> reports every problem with
/// the line of the offending key and returns the document with values converted to their types.
/// </summary>
public sealed class Schema(string contentType, params Field[] fields)
{
    public string ContentType { get; } = contentType;
    public IReadOnlyList<Field> Fields { get; } = fields;

    /// <summary>Fields required only when another field has one of some values (see <see cref="Require"/>).</summary>
    public IReadOnlyList<Requirement> Requirements { get; init; } = [];

    /// <summary>This schema with more fields, e.g. the ones every content file may have.</summary>
    public Schema With(IEnumerable<Field> more) =>
        new(ContentType, [.. Fields, .. more.Where(f => Fields.All(mine => mine.Name != f.Name))]) { Requirements = Requirements };

    /// <summary>This schema, where <paramref name="field"/> is required whenever <paramref name="when"/> is one of <paramref name="values"/> (a phone for a call).</summary>
    public Schema Require(string field, string when, params string[] values) =>
        new(ContentType, [.. Fields]) { Requirements = [.. Requirements, new Requirement(field, when, values)] };

    static readonly string[] DateFormats = ["yyyy-MM-dd"];
    static readonly string[] DateTimeFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Returns the converted document, or null when any error was reported.</summary>
    public Document? Validate(Document document, Action<Diagnostic> report)
    {
        var ok = true;
        void Error(string code, string message, string hint, string key)
        {
            ok = false;
            report(Diagnostic.Error(code, message, hint, document, key));
        }

        // Only this level's keys: 'reach[0]' and 'reach[0].phone' belong to the nested record's schema.
        foreach (var key in document.Map.Keys.Keys.Where(k => !k.Contains('[') && !k.Contains('.')).Order(StringComparer.Ordinal))
        {
            if (Fields.Any(f => f.Name == key)) continue;
            var suggestion = Suggest(key);
            report(Diagnostic.Warning("HS0104", $"'{key}' is not a {ContentType} field",
                suggestion is null ? $"known fields: {string.Join(", ", Fields.Select(f => f.Name))}" : $"did you mean '{suggestion}'?",
                document, key));
        }

        var converted = new Dictionary<string, object?>();
        foreach (var field in Fields)
        {
            var value = document.Metadata.GetValueOrDefault(field.Name);
            if (value is null || value is string { Length: 0 })
            {
                if (field.Required)
                    Error("HS0101", $"'{field.Name}' is required for a {ContentType}", $"add a line '{field.Name}: …' with {field.Expected}", field.Name);
                continue;
            }
            var result = field.Nested is { } nested
                ? ConvertNested(field, nested, value, document, report, (code, message, hint) => Error(code, message, hint, field.Name), () => ok = false)
                : Convert(field, value, (code, message, hint, key) => Error(code, message, hint, key ?? field.Name));
            if (result is not null) converted[field.Name] = result;
        }
        foreach (var rule in Requirements)
            if (converted.GetValueOrDefault(rule.When) is string value && rule.Values.Contains(value) && !converted.ContainsKey(rule.Field))
                Error("HS0101", $"'{rule.Field}' is required for a {ContentType} with '{rule.When}: {value}'",
                    $"add a line '{rule.Field}: …' with {Fields.First(f => f.Name == rule.Field).Expected}", rule.Field);
        return ok ? document.With(converted!) : null;
    }

    /// <summary>
    /// Checks the record at <paramref name="path"/> of <paramref name="container"/> (a key like
    /// <c>reach[1]</c>, or <c>[2]</c> for an item of a data file's list): a document of the record's
    /// fields whose map holds their positions and whose origin is the record's own line.
    /// </summary>
    public Document? ValidateRecord(Document container, string path, object? value, Action<Diagnostic> report)
    {
        if (value is not Dictionary<string, object?> values)
        {
            report(Diagnostic.Error("HS0103", $"'{path}' should be a group of {ContentType} fields, one 'name: value' per line",
                "indent the fields under the '- ' or the name", container, path));
            return null;
        }
        var prefix = path + ".";
        var keys = container.Map.Keys.Where(k => k.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToImmutableDictionary(k => k.Key[prefix.Length..], k => k.Value, StringComparer.Ordinal);
        var origin = container.PositionOf(path);
        return Validate(container with
        {
            Metadata = values.ToImmutableDictionary(StringComparer.Ordinal),
            Map = new SourceMap(keys, origin.Line) { Origin = origin },
        }, report);
    }

    /// <summary>
    /// A nested record, or a list of them, checked by its own schema with positions taken from this
    /// document's map (<c>reach[1].phone</c> → <c>phone</c>); a missing field is reported at the record's line.
    /// </summary>
    static object? ConvertNested(Field field, Schema nested, object value, Document document, Action<Diagnostic> report,
        Action<string, string, string> error, Action failed)
    {
        Dictionary<string, object?>? One(string path, object? item)
        {
            var valid = nested.ValidateRecord(document, path, item, report);
            if (valid is null) failed();
            return valid?.Metadata.ToDictionary(StringComparer.Ordinal);
        }

        if (field.Kind == FieldKind.Record) return One(field.Name, value);
        if (value is not List<object?> items)
        {
            error("HS0103", $"'{field.Name}' should be {field.Expected}", "start each group with '- ' on its own line");
            return null;
        }
        var records = items.Select((item, i) => One($"{field.Name}[{i}]", item)).ToList();
        return records.Any(r => r is null) ? null : records;
    }

    static object? Convert(Field field, object value, Action<string, string, string, string?> error)
    {
        var name = field.Name;
        if (field.Kind == FieldKind.Any) return value;
        if (field.Kind is FieldKind.TextList or FieldKind.ListOf)
        {
            var items = value as List<object?> ?? (value is string single ? [single] : null);
            if (items is null || items.Any(i => i is not string))
            {
                error("HS0103", $"'{name}' should be {field.Expected}", "write each item on its own line starting with '- '", null);
                return null;
            }
            var strings = items.Cast<string>().ToList();
            if (field.Kind == FieldKind.ListOf)
                for (var i = 0; i < strings.Count; i++)
                    if (!field.Allowed.Contains(strings[i]))
                        error("HS0102", $"'{name}' has unknown value '{strings[i]}'", $"use one of: {string.Join(", ", field.Allowed)}",
                            value is List<object?> ? $"{name}[{i}]" : null);
            return strings;
        }

        if (value is not string text)
        {
            error("HS0103", $"'{name}' should be {field.Expected}, not a list or a group of fields", $"write '{name}: value' on one line", null);
            return null;
        }
        text = text.Trim();
        switch (field.Kind)
        {
            case FieldKind.Integer:
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
                error("HS0103", $"'{name}' should be a whole number, not '{text}'", "write digits only, like 3", null);
                return null;
            case FieldKind.Date:
                return ParseDate(text, name, DateFormats, s => DateOnly.ParseExact(s, DateFormats, CultureInfo.InvariantCulture), field, error);
            case FieldKind.DateTime:
                return ParseDate(text, name, DateTimeFormats, s => System.DateTime.ParseExact(s, DateTimeFormats, CultureInfo.InvariantCulture), field, error);
            case FieldKind.Moment:
                return ParseDate(text, name, [.. DateFormats, .. DateTimeFormats],
                    s => System.DateTime.ParseExact(s, [.. DateFormats, .. DateTimeFormats], CultureInfo.InvariantCulture), field, error);
            case FieldKind.Boolean:
                // YAML's own spellings of true and false.
                if (text is "true" or "True" or "TRUE") return true;
                if (text is "false" or "False" or "FALSE") return false;
                error("HS0103", $"'{name}' should be true or false, not '{text}'", $"write '{name}: true' or remove the line", null);
                return null;
            case FieldKind.Url or FieldKind.Link:
                if (Safety.UrlPolicy.Check(text) is { } refusal)
                {
                    error(refusal.Code, $"'{name}': {refusal.Message}", refusal.Hint, null);
                    return null;
                }
                if (field.Kind == FieldKind.Link && text.StartsWith('/')) return text;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto") return text;
                error("HS0107", $"'{name}' is not a full web address: '{text}'", "start it with https:// (or mailto: for an email address)", null);
                return null;
            case FieldKind.Phone:
                if (PhoneNumber.Parse(text, out var problem) is { } phone) return phone;
                error("HS0112", $"'{name}' is not a phone number: '{text}'", problem, null);
                return null;
            case FieldKind.OneOf:
                if (field.Allowed.Contains(text)) return text;
                error("HS0102", $"'{name}' has unknown value '{text}'", $"use one of: {string.Join(", ", field.Allowed)}", null);
                return null;
            default:
                return text;
        }
    }

    // A value shaped like a date that is not on the calendar (2022-02-30) gets its own message.
    static object? ParseDate(string text, string name, string[] formats, Func<string, object> parse, Field field, Action<string, string, string, string?> error)
    {
        if (System.DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return parse(text);
        var shaped = text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-';
        if (shaped) error("HS0105", $"'{name}' is not a real date: '{text}'", "check the month has that many days and the month is 01–12", null);
        else error("HS0103", $"'{name}' should be {field.Expected}, not '{text}'", "write year-month-day with dashes", null);
        return null;
    }

    string? Suggest(string unknown) => Suggestions.Closest(unknown, Fields.Select(f => f.Name));
}

/// <summary>A field a record must have when another field has one of some values.</summary>
public sealed record Requirement(string Field, string When, IReadOnlyList<string> Values);
