using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HeartSite.BrowserTests;

/// <summary>
/// Just enough of a Chromium-made PDF to tell how much each page holds: its page objects (the
/// <c>/Type /Page</c> objects, not the <c>/Type /Pages</c> tree nodes) and, per page, how many
/// text-showing operators (<c>Tj</c>, <c>TJ</c>) its content stream runs.
/// </summary>
public static partial class PdfPages
{
    public static int Count(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    /// <summary>The number of text runs drawn on each page, in page order.</summary>
    public static IReadOnlyList<int> TextRuns(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var runs = new List<int>();
        foreach (Match page in PageObject().Matches(text))
        {
            var contents = Contents().Match(text, page.Index);
            var header = new Regex($@"(?<![0-9]){contents.Groups[1].Value} 0 obj\s*<<(.*?)>>\s*stream\r?\n", RegexOptions.Singleline).Match(text);
            var start = header.Index + header.Length;
            var data = pdf.AsSpan(start, text.IndexOf("endstream", start, StringComparison.Ordinal) - start).ToArray();
            var stream = header.Groups[1].Value.Contains("/FlateDecode", StringComparison.Ordinal) ? Inflate(data) : Encoding.Latin1.GetString(data);
            runs.Add(TextOperator().Matches(stream).Count);
        }
        return runs;
    }

    static string Inflate(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new StreamReader(zlib, Encoding.Latin1);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Contents\s+(\d+)\s+0\s+R")]
    private static partial Regex Contents();

    [GeneratedRegex(@"\bT[jJ]\b")]
    private static partial Regex TextOperator();
}
