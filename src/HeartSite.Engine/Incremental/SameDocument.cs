using System.Collections;

namespace HeartSite.Engine.Incremental;

/// <summary>
/// Structural equality of documents and metadata values, for putting last build's instance back in
/// place of an equal new one (so later steps see an unchanged document and can reuse their results).
/// It errs towards "different": values it cannot compare by content count as equal only when they
/// are the same object or their own <c>Equals</c> says so.
/// </summary>
static class SameDocument
{
    public static bool Equal(Document a, Document b) =>
        ReferenceEquals(a, b)
        || (a.Source == b.Source && a.RelativeSource == b.RelativeSource && a.Destination == b.Destination
            && string.Equals(a.Content, b.Content, StringComparison.Ordinal)
            && a.Map.BodyLine == b.Map.BodyLine && a.Map.Origin == b.Map.Origin
            && Value(a.Map.Keys, b.Map.Keys) && Value(a.Metadata, b.Metadata));

    public static bool Value(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        switch (a)
        {
            case string s:
                return string.Equals(s, (string)b, StringComparison.Ordinal);
            case Document d:
                return Equal(d, (Document)b);
            // In enumeration order, not by key: a template that lists a map shows it in that order.
            case IDictionary x:
                var left = x.GetEnumerator();
                var right = ((IDictionary)b).GetEnumerator();
                while (true)
                {
                    var more = left.MoveNext();
                    if (more != right.MoveNext()) return false;
                    if (!more) return true;
                    if (!Value(left.Key, right.Key) || !Value(left.Value, right.Value)) return false;
                }
            case IEnumerable x:
                var first = x.GetEnumerator();
                var second = ((IEnumerable)b).GetEnumerator();
                while (true)
                {
                    var more = first.MoveNext();
                    if (more != second.MoveNext()) return false;
                    if (!more) return true;
                    if (!Value(first.Current, second.Current)) return false;
                }
            default:
                return a.Equals(b);
        }
    }
}
