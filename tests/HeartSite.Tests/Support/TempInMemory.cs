using System.Runtime.CompilerServices;

namespace HeartSite.Tests.Support;

/// <summary>
/// The tests' temporary files (every <see cref="TempDir"/>, and what the code under test puts in the
/// system's temporary folder) go to memory, /dev/shm, when the machine has room there and TMPDIR is
/// not already set. The tests build and delete hundreds of sites: on a disk's file system that file
/// work was a third of their CPU. It also runs every build on a file system that lists a folder's
/// files in the order they were made, where builds of one input must still be byte-identical.
/// </summary>
static class TempInMemory
{
    const string Folder = "/dev/shm";

    [ModuleInitializer]
    internal static void Use()
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TMPDIR")) || !Directory.Exists(Folder)) return;
        // Docker gives a container 64 MB there by default: too little, so the disk it is.
        try { if (new DriveInfo(Folder).AvailableFreeSpace < 2L << 30) return; }
        catch (IOException) { return; }
        Environment.SetEnvironmentVariable("TMPDIR", Folder);
    }
}
