using System.Security.Cryptography;

namespace HeartSite.Languages;

/// <summary>
/// The file-name convention for translations: a translation sits beside its default-language file
/// with the language code before the extension (<c>pages/about.es.md</c> translates <c>pages/about.md</c>,
/// <c>data/help.pt.yml</c> translates <c>data/help.yml</c>), and records <c>source_hash</c>, the first
/// 12 hex digits of the SHA-256 of the original's bytes when it was translated.
/// </summary>
public static class TranslationFiles
{
    public const string SourceHashKey = "source_hash";

    /// <summary>For <c>x/about.es.md</c>: the original <c>x/about.md</c> and the code <c>es</c>; null for a file with no code.</summary>
    public static (string Original, string Code)? Parse(string relativePath)
    {
        var code = CodeOf(relativePath);
        if (code.IsEmpty) return null;
        var extension = Path.GetExtension(relativePath);
        return (relativePath[..^(extension.Length + code.Length + 1)] + extension, code.ToString());
    }

    /// <summary>The language code in a file's name (<c>es</c> for <c>x/about.es.md</c>), read without allocating; empty for a file with none.</summary>
    public static ReadOnlySpan<char> CodeOf(ReadOnlySpan<char> path)
    {
        var name = Path.GetFileName(path);
        var stem = name[..^Path.GetExtension(name).Length];
        var dot = stem.LastIndexOf('.');
        var code = dot < 0 ? [] : stem[(dot + 1)..];
        return SiteLanguage.IsCode(code) ? code : [];
    }

    /// <summary><c>pages/about.md</c> in <paramref name="code"/>: <c>pages/about.es.md</c>.</summary>
    public static string PathIn(string originalRelative, string code)
    {
        var extension = Path.GetExtension(originalRelative);
        return originalRelative[..^extension.Length] + "." + code + extension;
    }

    /// <summary>The first 12 hex digits of the SHA-256 of a file's bytes, as <c>sha256sum file | cut -c1-12</c> prints them.</summary>
    public static string Hash(string path) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..12];
}
