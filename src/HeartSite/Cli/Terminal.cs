namespace HeartSite.Cli;

/// <summary>Whether a writer is a terminal someone is watching, rather than a file, a pipe or a test's capture.</summary>
public static class Terminal
{
    /// <summary>
    /// When HEARTSITE_TIMINGS is set, a progress callback that writes each phase with the milliseconds
    /// since the process started (start-up and JIT included), for finding where a build's time goes.
    /// </summary>
    public static Action<string>? Timings(TextWriter error)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HEARTSITE_TIMINGS"))) return null;
        var start = System.Diagnostics.Process.GetCurrentProcess().StartTime;
        return phase => error.WriteLine($"{(DateTime.Now - start).TotalMilliseconds,7:F0} ms  {phase}");
    }

    public static bool IsInteractive(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
