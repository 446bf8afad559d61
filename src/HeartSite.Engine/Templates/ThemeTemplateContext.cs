using System.Collections;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HeartSite.Engine.Templates;

/// <summary>
/// The Scriban context every theme template renders in. It escapes by default: every value a
/// <c>{{ … }}</c> writes passes through <see cref="HtmlTextEncoder"/> unless it is
/// <see cref="TrustedHtml"/> (literal template text is written by Scriban directly and never comes
/// through here). And <c>{{ if x }}</c> is false for empty text and empty lists as well as for
/// missing, null and false values, so a template can test a list before writing its heading.
/// </summary>
sealed class ThemeTemplateContext(ScriptObject builtins) : TemplateContext(builtins, StringComparer.Ordinal)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedHtml trusted) return Write(trusted.Html);
        if (textAsObject is null) return this;
        var text = ObjectToString(textAsObject);
        return text is null ? this : Write(HtmlTextEncoder.Encode(text));
    }

    // Builders for wrap's blocks, one per level of nesting in use, kept between the pages this context renders.
    readonly Stack<StringBuilder> _idleBuilders = new();

    public StringBuilder RentBuilder() => _idleBuilders.TryPop(out var builder) ? builder : new StringBuilder();

    public void ReturnBuilder(StringBuilder builder)
    {
        // A home page listing every post is megabytes: not worth holding on to for the pages after it.
        if (builder.Capacity > MaxKeptCapacity) return;
        builder.Clear();
        _idleBuilders.Push(builder);
    }

    const int MaxKeptCapacity = 256 * 1024;

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        TrustedHtml html => html.Html.Length > 0,
        ICollection collection => collection.Count > 0,
        IEnumerable<object?> items => items.Any(),
        _ => base.ToBool(span, value),
    };
}
