using System.Text;

namespace HeartSite.Engine.Modules;

/// <summary>Writes each document's content to its destination under the output root, UTF-8 without a BOM.</summary>
public sealed class WriteFiles : DocumentModule
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override Document? Process(Document document, PipelineContext context)
    {
        if (document.Destination is null) return document;
        // An incremental rebuild writes only what differs from the file the last run wrote.
        if (context.Memo?.Written.TryGetValue(document.Destination, out var written) == true
            && string.Equals(written, document.Content, StringComparison.Ordinal)) return document;
        Write(context.Settings.OutputRoot, document.Destination, document.Content);
        if (context.Memo is { } memo) memo.Written[document.Destination] = document.Content;
        return document;
    }

    internal static void Write(string outputRoot, string destination, string content)
    {
        var path = Path.Combine(outputRoot, destination);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Utf8);
    }
}
