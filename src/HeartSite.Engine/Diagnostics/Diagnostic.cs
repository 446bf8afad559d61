namespace HeartSite.Engine.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// One problem an editor can act on. <see cref="File"/> is an absolute path (or null when the
/// problem has no file); formatting makes it relative to the working directory.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? Hint = null,
    string? File = null, int Line = 0, int Column = 0)
{
    public static Diagnostic Error(string code, string message, string? hint, Document document, string? key = null) =>
        At(Severity.Error, code, message, hint, document, key);

    public static Diagnostic Warning(string code, string message, string? hint, Document document, string? key = null) =>
        At(Severity.Warning, code, message, hint, document, key);

    static Diagnostic At(Severity severity, string code, string message, string? hint, Document document, string? key)
    {
        var position = key is null ? document.Map.Origin : document.PositionOf(key);
        return new(severity, code, message, hint, document.Source, position.Line, position.Column);
    }
}
