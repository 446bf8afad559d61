using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using HeartSite.Engine;

namespace HeartSite.Tests.Engine;

// The CLI prepares its heap first thing, before anything else allocates. A collection between the
// two steps below could move the young generation to a region beyond the stretch just prepared (4 runs
// in 120 did, in a probe with a thread allocating beside them). So no collection may happen between
// them, as in the CLI's first moment: the steps run in a no-GC region, and no other test runs meanwhile.
// With the region alone the test still failed once in a full run: other tests' threads allocate from the
// same region and can use it up, which ends it.
[Collection(nameof(Support.ProcessEnvironment))]
public class HugePageHeapTests
{
    [Fact]
    public void A_fresh_object_lands_in_memory_advised_for_2_MB_pages()
    {
        SkipUnlessTheKernelGrantsOnRequest();
        Assert.True(GC.TryStartNoGCRegion(32 << 20));
        string flags;
        try
        {
            HugePageHeap.Enable();
            flags = VmFlagsOfMappingHolding(AddressOfFreshObject());
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
        Assert.Contains(" hg", flags); // advised for huge pages
        Assert.DoesNotContain(" dd", flags); // in core dumps, like every committed part of the heap
    }

    static void SkipUnlessTheKernelGrantsOnRequest()
    {
        const string setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        if (!OperatingSystem.IsLinux() || !File.Exists(setting) || File.ReadAllText(setting).Contains("[never]"))
            Assert.Skip("This system gives no 2 MB pages on request.");
    }

    static ulong AddressOfFreshObject()
    {
        var handle = GCHandle.Alloc(new byte[64], GCHandleType.Pinned);
        try { return (ulong)handle.AddrOfPinnedObject(); }
        finally { handle.Free(); }
    }

    static string VmFlagsOfMappingHolding(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var range = line.Split(' ')[0].Split('-');
            if (range.Length == 2 && ulong.TryParse(range[0], NumberStyles.HexNumber, null, out var from) && ulong.TryParse(range[1], NumberStyles.HexNumber, null, out var to))
                inside = from <= address && address < to;
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal)) return line;
        }
        throw new InvalidOperationException($"No mapping holds {address:x}.");
    }
}
