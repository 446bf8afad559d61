using System.Text;
using HandlebarsDotNet;

namespace HeartSite.Engine.Templates;

/// <summary>
/// Escapes every character that can end an HTML text run or attribute value, quoted or not:
/// <c>&amp; &lt; &gt; " ' ` =</c>. Non-ASCII text passes through as UTF-8.
/// </summary>
public sealed class HtmlTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var chunk in text.GetChunks())
            foreach (var c in chunk.Span) Write(c, target);
    }

    public void Encode(string? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var c in text) Write(c, target);
    }

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        if (text is null) return;
        while (text.MoveNext()) Write(text.Current, target);
    }

    public static string Encode(string text)
    {
        using var writer = new StringWriter();
        new HtmlTextEncoder().Encode(text, writer);
        return writer.ToString();
    }

    static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&#39;"); break;
            case '`': target.Write("&#96;"); break;
            case '=': target.Write("&#61;"); break;
            default: target.Write(c); break;
        }
    }
}
