using AngleSharp.Css;
using AngleSharp.Css.Dom;

namespace HeartSite.Checks;

/// <summary>
/// The element names a selector can match, read from its parsed form: <c>a[href], img:not([alt])</c>
/// can match only <c>a</c> and <c>img</c> elements, so a page need test only those against it.
/// </summary>
public static class TypeNames
{
    /// <summary>
    /// The lower-case names, when the selector (or each selector of a list) is one compound selector
    /// with a type in it; null when it may match an element of any name (<c>[id]</c>, <c>*</c>), or
    /// when it has a combinator (<c>main a</c>), whose names are not worth the trouble.
    /// </summary>
    public static string[]? Of(ISelector selector)
    {
        var visitor = new Visitor();
        selector.Accept(visitor);
        return visitor.Names?.Distinct(StringComparer.Ordinal).ToArray();
    }

    sealed class Visitor : ISelectorVisitor
    {
        public List<string>? Names { get; private set; }

        public void Type(string name) => Names = name == "*" ? null : [name.ToLowerInvariant()];

        public void List(IEnumerable<ISelector> selectors)
        {
            var all = new List<string>();
            foreach (var names in selectors.Select(Of))
            {
                if (names is null) return;
                all.AddRange(names);
            }
            Names = all;
        }

        // A compound selector matches only elements of its type, when it names one.
        public void Many(IEnumerable<ISelector> selectors) =>
            Names = selectors.Select(Of).FirstOrDefault(names => names is not null)?.ToList();

        public void Combinator(IEnumerable<ISelector> selectors, IEnumerable<string> symbols) { }
        public void Attribute(string name, string op, string? value) { }
        public void Id(string value) { }
        public void Child(string name, int step, int offset, ISelector selector) { }
        public void Class(string name) { }
        public void PseudoClass(string name) { }
        public void PseudoElement(string name) { }
    }
}
