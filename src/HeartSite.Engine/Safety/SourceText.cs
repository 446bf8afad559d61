using System.Buffers;
using System.Text;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine.Safety;

/// <summary>
/// Reads a content or theme file as text, refusing what cannot be content: a symbolic link (it
/// could point anywhere on the machine, HS0204), a file over the size limit (HS0206), bytes that
/// are not UTF-8 (HS0207, rather than replacement characters on the page) and control characters
/// such as NUL (HS0208). Line ends become <c>\n</c>, so output never depends on the editor's OS.
/// </summary>
public static class SourceText
{
    /// <summary>The size limit when site.yml sets none.</summary>
    public const long DefaultMaxBytes = 1024 * 1024;

    static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="ContentException">The file cannot be content.</exception>
    public static string Read(string path, long maxBytes = DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        // The attributes come from the same lstat as the length: a link is a reparse point, found
        // without asking the file system for its target (a system call per file read).
        if (info.Exists && info.Attributes.HasFlag(FileAttributes.ReparsePoint))
            throw Refuse("HS0204", "this file is a symbolic link; the build reads only regular files",
                "replace the link with a copy of the file it points to", path);
        if (info.Length > maxBytes)
            throw Refuse("HS0206", $"the file is {info.Length / 1024} KB, over the limit of {maxBytes / 1024} KB",
                "split it into smaller files, or raise max_file_size_kb in input/data/site.yml", path);
        // The bytes go into a buffer lent for the read and handed back after decoding: only the text
        // is allocated (a build reads thousands of files, and every fresh byte the collector hands
        // out is cleared first).
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(info.Length, maxBytes) + 1);
        try
        {
            var length = ReadAll(path, ref buffer, maxBytes);
            var bytes = buffer.AsSpan(0, length);
            string text;
            try
            {
                text = Strict.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var (line, column) = Position(bytes, Math.Max(0, e.Index));
                throw Refuse("HS0207", "the file is not valid UTF-8 text",
                    "save it again as UTF-8 (in most editors: Save As, encoding UTF-8); the character at this place was lost", path, line, column);
            }
            return Normalize(text, path);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The whole file into buffer (grown if the file grew since its length was read); the byte count.
    static int ReadAll(string path, ref byte[] buffer, long maxBytes)
    {
        using var handle = File.OpenHandle(path);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                    throw Refuse("HS0206", $"the file is over the limit of {maxBytes / 1024} KB",
                        "split it into smaller files, or raise max_file_size_kb in input/data/site.yml", path);
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
            if (read == 0) return length;
            length += read;
        }
    }

    static string Normalize(string text, string path)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        text = text.Replace("\r\n", "\n");
        CheckCharacters(text, path);
        return text;
    }

    /// <summary>Reports the first control character (other than tab and line ends) at its line and column.</summary>
    static void CheckCharacters(string text, string path)
    {
        var index = text.AsSpan().IndexOfAny(Forbidden);
        if (index < 0) return;
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        var name = text[index] == '\0' ? "a NUL byte" : $"the control character U+{(int)text[index]:X4}";
        throw Refuse("HS0208", $"the file contains {name}, which cannot be shown on a page",
            "delete it (it often comes from pasting from another program)", path, line, column);
    }

    // The characters IsForbidden accepts, for a vectorised search of a whole file.
    static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsForbidden).ToArray());

    /// <summary>Control characters no text needs: all but tab, line feed and carriage return.</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) && c is not '\t' and not '\n' and not '\r';

    // The line and column of a byte offset, counting characters the lenient decoder makes of the line so far.
    static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Min(index, bytes.Length);
        var line = 1 + bytes[..index].Count((byte)'\n');
        var start = bytes[..index].LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(bytes[start..index]) + 1;
        return (line, column);
    }

    static ContentException Refuse(string code, string message, string hint, string path, int line = 0, int column = 0) =>
        new(new Diagnostic(Severity.Error, code, message, hint, Path.GetFullPath(path), line, column));
}
