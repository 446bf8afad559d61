using System.Text;

namespace HeartSite.Engine.Templates;

/// <summary>
/// Escapes every character that can end an HTML text run or attribute value, quoted or not:
/// <c>&amp; &lt; &gt; " ' ` =</c>. Non-ASCII text passes through as UTF-8.
/// </summary>
public static class HtmlTextEncoder
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'`=") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '`' => "&#96;",
                '=' => "&#61;",
                _ => null,
            };
            if (entity is null) builder.Append(c); else builder.Append(entity);
        }
        return builder.ToString();
    }
}
