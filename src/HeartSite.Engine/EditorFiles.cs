namespace HeartSite.Engine;

/// <summary>
/// Files text editors leave beside the ones being edited, which are never content: backups
/// (<c>about.md~</c>), swap and lock files (<c>.about.md.swp</c>, <c>.#about.md</c>, <c>#about.md#</c>),
/// temporary copies (<c>about.md.tmp</c>, and Vim's <c>4913</c> write test) and other names without an extension.
/// Builds skip them and <c>serve</c> does not rebuild when they change.
/// </summary>
public static class EditorFiles
{
    static readonly string[] TemporaryExtensions = [".swp", ".swo", ".swx", ".tmp", ".bak", ".orig"];

    public static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith('~')
            || name.StartsWith(".#", StringComparison.Ordinal)
            || (name.StartsWith('#') && name.EndsWith('#'))
            || TemporaryExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            || Path.GetExtension(name).Length <= 1; // "4913", "README", "notes.": no extension, nothing a site serves
    }
}
