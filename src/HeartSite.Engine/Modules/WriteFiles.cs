using System.Text;

namespace HeartSite.Engine.Modules;

/// <summary>Writes each document's content to its destination under the output root, UTF-8 without a BOM.</summary>
public sealed class WriteFiles : DocumentModule
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override Document? Process(Document document, PipelineContext context)
    {
        if (document.Destination is null) return document;
        var path = Path.Combine(context.Settings.OutputRoot, document.Destination);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, document.Content, Utf8);
        return document;
    }
}
