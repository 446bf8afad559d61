using System.Globalization;
using System.Runtime.InteropServices;

namespace HeartSite.Engine;

/// <summary>
/// Lets Linux back the next stretch of the garbage-collected heap with 2 MB pages instead of 4 KB ones.
/// </summary>
/// <remarks>
/// A cold build of the real site touches some 60 MB of fresh heap: at 4 KB a page that was about
/// 15,000 page faults, and on the project's virtual machines each costs some 20 µs, a third of the
/// build's CPU time. With 2 MB pages it is a few dozen. Linux gives them only to memory that asked
/// (<c>madvise</c>), and only where one mapping already spans the whole 2 MB at the first touch. The
/// collector commits its heap a few pages at a time and marks what it has not committed as left out of
/// core dumps, so its heap is cut into mappings too small for a 2 MB page. Here the stretch after
/// the heap's first objects is made readable, writable and dumpable ahead of the collector, which then
/// finds its commits already done; nothing is touched, so nothing is resident until used.
/// </remarks>
public static class HugePageHeap
{
    /// <summary>How much of the heap's reserved range is prepared: more than the largest build measured has used.</summary>
    const long StretchBytes = 1L << 30;

    /// <summary>Prepares the heap where the kernel allows 2 MB pages on request; does nothing elsewhere, or when anything is unexpected.</summary>
    public static void Enable()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("HEARTSITE_SMALL_PAGES") is "1" || !KernelGrantsOnRequest())
            return;
        try
        {
            var probe = GCHandle.Alloc(new byte[64], GCHandleType.Pinned);
            var address = (ulong)probe.AddrOfPinnedObject();
            probe.Free();
            if (HeapStretch(address) is not var (start, length)) return;
            // Each step only widens what the collector will do anyway; a refusal leaves the heap as it was.
            if (mprotect((nint)start, (nuint)length, ProtectReadWrite) != 0) return;
            madvise((nint)start, (nuint)length, AdviseDump);
            madvise((nint)start, (nuint)length, AdviseHugePage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or DllNotFoundException or EntryPointNotFoundException) { }
    }

    static bool KernelGrantsOnRequest()
    {
        const string setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        try { return File.Exists(setting) && File.ReadAllText(setting) is var s && (s.Contains("[madvise]") || s.Contains("[always]")); }
        catch (IOException) { return false; }
    }

    /// <summary>
    /// The run of adjoining mappings around <paramref name="address"/> (a fresh object, so the young heap)
    /// that are the collector's: its committed heap (anonymous, read-write) and its reserve (anonymous,
    /// no access, left out of core dumps, which no thread stack's guard page is). The young heap's
    /// regions come and go across the whole run, so it is prepared from its start.
    /// </summary>
    static (ulong Start, ulong Length)? HeapStretch(ulong address)
    {
        (ulong Start, ulong End, string Permissions, bool Anonymous)? current = null;
        ulong start = 0, end = 0;
        var found = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (Mapping(line) is { } mapping) { current = mapping; continue; }
            if (!line.StartsWith("VmFlags:", StringComparison.Ordinal) || current is not { } m) continue;
            var heapLike = m.Anonymous && (m.Permissions == "rw-p" || (m.Permissions == "---p" && line.Contains(" dd", StringComparison.Ordinal)));
            if (heapLike && m.Start == end && end - start < StretchBytes) end = m.End;
            else if (found) break;
            else if (heapLike) (start, end) = (m.Start, m.End);
            else (start, end) = (0, 0);
            found |= start != 0 && start <= address && address < end;
        }
        return found ? (start, Math.Min(end - start, StretchBytes)) : null;
    }

    /// <summary>A mapping's header line in smaps: <c>7f01c8376000-7f01c8610000 rw-p 00000000 00:00 0</c>, with a path when not anonymous.</summary>
    static (ulong Start, ulong End, string Permissions, bool Anonymous)? Mapping(string line)
    {
        // Most lines are a mapping's fields ("Rss:      12 kB"), whose first word ends in a colon:
        // passed over before splitting, as smaps has some twenty of them for each mapping.
        var firstWord = line.AsSpan(0, Math.Max(0, line.IndexOf(' ')));
        if (firstWord.IsEmpty || firstWord[^1] == ':') return null;
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5) return null;
        var dash = fields[0].IndexOf('-');
        if (dash <= 0 || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, null, out var from) ||
            !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, null, out var to)) return null;
        return (from, to, fields[1], fields.Length == 5 && fields[4] == "0");
    }

    const int ProtectReadWrite = 3, AdviseDump = 17, AdviseHugePage = 14;

    [DllImport("libc", SetLastError = false)]
    static extern int mprotect(nint address, nuint length, int protection);

    [DllImport("libc", SetLastError = false)]
    static extern int madvise(nint address, nuint length, int advice);
}
