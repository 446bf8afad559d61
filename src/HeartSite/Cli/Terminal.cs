namespace HeartSite.Cli;

/// <summary>Whether a writer is a terminal someone is watching, rather than a file, a pipe or a test's capture.</summary>
public static class Terminal
{
    public static bool IsInteractive(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
