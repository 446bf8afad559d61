using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;

namespace HeartSite.Languages;

/// <summary>
/// One language the site is published in, from site.yml's <c>languages</c>: its short code (the
/// <c>.es</c> in <c>about.es.md</c> and the <c>/es/</c> in its addresses), its name in its own
/// language (for the switcher), its BCP 47 <c>lang</c> tag and its text direction. The first language
/// is the default: its pages live at the site root and every translation starts from its files.
/// </summary>
public sealed record SiteLanguage(string Code, string Name, string Lang, string Dir)
{
    /// <summary>The lowest reading ease (Fernández-Huerta for Spanish, Flesch as adapted for Portuguese) a page may have; null: not measured.</summary>
    public double? ReadingEase { get; init; }

    /// <summary>Whether the newsletter archive (<c>/es/news/</c>) is written in this language, listing the issues in the default language.</summary>
    public bool NewsArchive { get; init; }

    /// <summary>Where this language's readers get in touch (<c>/about/#manténgase-en-contacto</c>, a site path the language's folder is put before); null: site.yml's <c>contact_url</c>, in the first language.</summary>
    public string? ContactUrl { get; init; }

    /// <summary>True for the first language in site.yml, which lives at the site root.</summary>
    public bool IsDefault { get; init; }

    /// <summary>The folder its pages live in, relative to the site root: "" for the default language, <c>es/</c> for Spanish.</summary>
    public string Folder => IsDefault ? "" : Code + "/";

    /// <summary>A default-language site path (<c>/about/</c>) in this language (<c>/es/about/</c>).</summary>
    public string PathOf(string sitePath) => "/" + Folder + sitePath.TrimStart('/');

    internal static readonly Schema Entry = new("language",
        Field.Text("code", "the short code used in file names and addresses, like es", required: true),
        Field.Text("name", "the language's name in that language, like Español", required: true),
        Field.Text("lang", "the BCP 47 tag for <html lang>, like es-US", required: true),
        Field.OneOf("dir", "the text direction", ["ltr", "rtl"]),
        Field.Integer("reading_ease", "the lowest reading ease a page may have (70 is easy for most adults)"),
        Field.Boolean("news_archive", "true writes the newsletter archive in this language, its issues linked in the first language"),
        Field.Link("contact_url", "where this language's readers get in touch: a page of this site like /about/#manténgase-en-contacto (the /es/ is added)"));

    /// <summary>The languages of site.yml, default first; without a <c>languages</c> list, only <paramref name="language"/> (code <c>en</c>).</summary>
    internal static IReadOnlyList<SiteLanguage>? Read(Document site, string? language, List<Diagnostic> bag)
    {
        var entries = site.Get<List<Dictionary<string, object?>>>("languages");
        if (entries is null or { Count: 0 })
        {
            if (language is not null) return [new SiteLanguage("en", "English", language, "ltr") { IsDefault = true }];
            bag.Add(Diagnostic.Error("HS0123", "site.yml says neither 'languages' nor 'language'",
                "add 'languages:' with one entry per language (code, name, lang), English first", site));
            return null;
        }
        var languages = new List<SiteLanguage>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var code = ((string)e["code"]!).Trim();
            if (!IsCode(code) || languages.Any(l => l.Code == code))
            {
                bag.Add(Diagnostic.Error("HS0123", $"'languages' entry {i + 1}: '{code}' is not a new two-letter lower-case code",
                    "write the ISO 639-1 code used in file names, like es or pt, once each", site, $"languages[{i}].code"));
                return null;
            }
            languages.Add(new SiteLanguage(code, ((string)e["name"]!).Trim(), ((string)e["lang"]!).Trim(), e.GetValueOrDefault("dir") as string ?? "ltr")
            {
                IsDefault = i == 0,
                ReadingEase = e.GetValueOrDefault("reading_ease") is int ease ? ease : null,
                NewsArchive = e.GetValueOrDefault("news_archive") is true,
                ContactUrl = e.GetValueOrDefault("contact_url") as string,
            });
        }
        return languages;
    }

    /// <summary>True for what a file name may carry before its extension as a language: two lower-case letters (ISO 639-1).</summary>
    public static bool IsCode(ReadOnlySpan<char> text) => text.Length == 2 && char.IsAsciiLetterLower(text[0]) && char.IsAsciiLetterLower(text[1]);
}
