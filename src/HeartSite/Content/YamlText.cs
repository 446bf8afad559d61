using System.Globalization;
using System.Text;

namespace HeartSite.Content;

/// <summary>Writes values into scaffolded front matter so that any title survives YAML parsing unchanged.</summary>
public static class YamlText
{
    /// <summary>A double-quoted YAML scalar: <c>Say "hi"</c> becomes <c>"Say \"hi\""</c>.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        return builder.Append('"').ToString();
    }
}
