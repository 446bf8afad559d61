namespace HeartSite.Engine.Diagnostics;

/// <summary>
/// A problem with the content found deep inside a read or a parse, where no report sink is at
/// hand. The engine reports its diagnostic as it is, so it reaches the editor as a canonical
/// error at the file, never as an internal error.
/// </summary>
public sealed class ContentException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
