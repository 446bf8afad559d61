using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HeartSite.Engine.Modules;

namespace HeartSite.Engine.Safety;

/// <summary>
/// A safe file name (lower-case ASCII letters, digits and dashes, at most <see cref="MaxLength"/>
/// characters) for any title: accents dropped (by table as well as by Unicode decomposition, which
/// does nothing when .NET runs without culture data), Cyrillic and Greek transliterated, and a fallback
/// name with a short fingerprint of the title when nothing is left (a title only in CJK letters).
/// </summary>
public static class TitleSlug
{
    public const int MaxLength = 80;

    static readonly Dictionary<char, string> Letters = Table(
        "а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya " +
        "і i ї yi є ye ґ g ў u " +
        "α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o " +
        "ß ss æ ae œ oe ø o ł l đ d ð d þ th ı i " +
        "à a á a â a ã a ä a å a ā a ă a ą a ç c ć c č c ď d è e é e ê e ë e ē e ė e ę e ě e ğ g ì i í i î i ï i ī i į i " +
        "ñ n ń n ň n ò o ó o ô o õ o ö o ō o ő o ř r ś s š s ş s ș s ť t ț t ù u ú u û u ü u ū u ů u ű u ų u ý y ÿ y ź z ż z ž z");

    /// <summary>The file name (without extension) for <paramref name="title"/>; <paramref name="fallback"/> plus a fingerprint when the title has no usable letters.</summary>
    public static string From(string title, string fallback)
    {
        var slug = AssignSlugs.Suggest(Transliterate(title));
        if (slug.Length > MaxLength)
        {
            slug = slug[..(MaxLength + 1)];
            var cut = slug.LastIndexOf('-');
            slug = (cut > 0 ? slug[..cut] : slug[..MaxLength]).Trim('-');
        }
        if (slug.Length > 0) return slug;
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title.Trim())))[..8];
        return $"{fallback}-{fingerprint}";
    }

    static string Transliterate(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            builder.Append(Letters.TryGetValue(lower, out var latin) ? latin.Replace("_", "") : lower.ToString());
        }
        return builder.ToString();
    }

    /// <summary>The plain Latin letter an accented lower-case letter stands for (é → e), by the table above; null for any other.</summary>
    public static char? PlainLetterOf(char lower) =>
        Letters.TryGetValue(lower, out var latin) && latin.Length == 1 && char.IsAsciiLetterLower(latin[0]) && lower is >= '\u00c0' and < '\u0250' ? latin[0] : null;

    static Dictionary<char, string> Table(string pairs)
    {
        var words = pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var table = new Dictionary<char, string>();
        for (var i = 0; i + 1 < words.Length; i += 2) table[words[i][0]] = words[i + 1];
        return table;
    }
}
