namespace HeartSite.Site;

/// <summary>
/// Finer steps than the progress lines, for finding where a build's time goes: with HEARTSITE_TIMINGS
/// set, each mark is written to stderr with the milliseconds since the process started, the
/// garbage collections so far and the memory in use (memory touched for the first time is much of a
/// build's cost on the project's virtual machines); otherwise a mark costs one field read.
/// </summary>
public static class Timings
{
    static readonly bool On = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HEARTSITE_TIMINGS"));

    public static void Mark(string step)
    {
        if (!On) return;
        var since = DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine($"{since.TotalMilliseconds,7:F0} ms    · {step} (GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, {GC.GetTotalAllocatedBytes() >> 20} MB allocated, {GC.GetGCMemoryInfo().TotalCommittedBytes >> 20} MB committed, {Environment.WorkingSet >> 20} MB resident)");
    }
}
