using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace HeartSite.Tests.Support;

/// <summary>The theme's words (theme/strings/&lt;code&gt;.yml) in a page's own language, for tests that look for them on every page.</summary>
public static class ThemeWords
{
    /// <summary>The string <paramref name="key"/> in the language of <paramref name="page"/>'s <c>&lt;html lang&gt;</c>.</summary>
    public static string For(IDocument page, string key)
    {
        var code = page.DocumentElement.GetAttribute("lang")!.Split('-')[0];
        var line = File.ReadLines(Path.Combine(Repo.Theme, "strings", code + ".yml")).First(l => l.StartsWith(key + ": ", StringComparison.Ordinal));
        return Regex.Match(line, "^[a-z_0-9]+: \"(.*)\"$").Groups[1].Value;
    }

    /// <summary>The folder of a page's language under the site root: "" for English, "es/" for Spanish.</summary>
    public static string FolderOf(string path) => Regex.Match(path, "^(es|pt)/").Value;
}
