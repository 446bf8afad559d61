namespace HeartSite.Engine.FrontMatter;

public enum FieldKind { Text, Integer, Date, DateTime, Moment, Boolean, Url, Link, OneOf, TextList, ListOf, Any, Phone, Record, Records }

/// <summary>
/// One front-matter field of a content type: its name, what kind of value it takes, whether it is
/// required, and for fixed lists the values allowed. Validation converts values to their .NET type:
/// Date → <see cref="DateOnly"/>, DateTime and Moment (a date, or a date and time) → <see cref="System.DateTime"/>
/// (local, no zone), Integer → int, Boolean → bool, lists → <c>IReadOnlyList&lt;string&gt;</c>, the rest → string.
/// </summary>
public sealed record Field(string Name, FieldKind Kind, bool Required, IReadOnlyList<string> Allowed, string Description)
{
    /// <summary>The schema of a nested record (<see cref="FieldKind.Record"/>, <see cref="FieldKind.Records"/>).</summary>
    public Schema? Nested { get; init; }

    /// <summary>A phone number or short code (988, 741741), converted to a <see cref="PhoneNumber"/>.</summary>
    public static Field Phone(string name, string description, bool required = false) => new(name, FieldKind.Phone, required, [], description);

    /// <summary>A group of fields checked by <paramref name="schema"/>, converted to a dictionary.</summary>
    public static Field Record(string name, string description, Schema schema, bool required = false) =>
        new(name, FieldKind.Record, required, [], description) { Nested = schema };

    /// <summary>A list of groups, each checked by <paramref name="schema"/>.</summary>
    public static Field Records(string name, string description, Schema schema, bool required = false) =>
        new(name, FieldKind.Records, required, [], description) { Nested = schema };

    public static Field Text(string name, string description, bool required = false) => new(name, FieldKind.Text, required, [], description);
    public static Field Integer(string name, string description, bool required = false) => new(name, FieldKind.Integer, required, [], description);
    public static Field Date(string name, string description, bool required = false) => new(name, FieldKind.Date, required, [], description);
    public static Field DateTime(string name, string description, bool required = false) => new(name, FieldKind.DateTime, required, [], description);
    /// <summary>A date (meaning its first minute) or a local date and time.</summary>
    public static Field Moment(string name, string description, bool required = false) => new(name, FieldKind.Moment, required, [], description);
    public static Field Boolean(string name, string description, bool required = false) => new(name, FieldKind.Boolean, required, [], description);
    public static Field Url(string name, string description, bool required = false) => new(name, FieldKind.Url, required, [], description);
    /// <summary>A page of this site (<c>/about/</c>, put under the base path where it is shown) or a full web address.</summary>
    public static Field Link(string name, string description, bool required = false) => new(name, FieldKind.Link, required, [], description);
    public static Field TextList(string name, string description, bool required = false) => new(name, FieldKind.TextList, required, [], description);

    /// <summary>A field whose structure the content type checks itself (lists of records, groups).</summary>
    public static Field Any(string name, string description, bool required = false) => new(name, FieldKind.Any, required, [], description);

    public static Field OneOf(string name, string description, IReadOnlyList<string> allowed, bool required = false) =>
        new(name, FieldKind.OneOf, required, allowed, description);

    public static Field ListOf(string name, string description, IReadOnlyList<string> allowed, bool required = false) =>
        new(name, FieldKind.ListOf, required, allowed, description);

    /// <summary>What an editor should write, for hints: "a date like 2022-01-19".</summary>
    public string Expected => Kind switch
    {
        FieldKind.Text => "a line of text",
        FieldKind.Integer => "a whole number like 3",
        FieldKind.Date => "a date like 2022-01-19",
        FieldKind.DateTime => "a local date and time like 2022-01-19T15:00",
        FieldKind.Moment => "a date like 2022-01-19, or a date and time like 2022-01-19T15:00",
        FieldKind.Boolean => "true or false",
        FieldKind.Url => "a full web address starting with https://",
        FieldKind.Link => "a page of this site starting with /, like /about/, or a full web address starting with https://",
        FieldKind.OneOf => "one of: " + string.Join(", ", Allowed),
        FieldKind.TextList => "a list, one '- item' per line",
        FieldKind.Any => "a value",
        FieldKind.Phone => "a phone number like 1-800-662-4357, or a short code like 988",
        FieldKind.Record => "indented 'name: value' lines",
        FieldKind.Records => "a list of groups, each starting with '- '",
        _ => "a list of: " + string.Join(", ", Allowed),
    };
}
