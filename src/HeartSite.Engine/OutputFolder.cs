namespace HeartSite.Engine;

/// <summary>
/// Builds into a staging folder beside the output and swaps it in only on success, so a failed
/// build leaves the previous output exactly as it was.
/// </summary>
public static class OutputFolder
{
    /// <summary>Runs <paramref name="build"/> against a fresh staging folder; returns what it returned.</summary>
    public static bool BuildInto(string output, Func<string, bool> build)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var staging = output + ".staging";
        var previous = output + ".previous";
        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        bool succeeded;
        try
        {
            succeeded = build(staging);
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }
        if (!succeeded)
        {
            DeleteIfExists(staging);
            return false;
        }
        DeleteIfExists(previous);
        if (Directory.Exists(output)) Directory.Move(output, previous);
        Directory.Move(staging, output);
        DeleteIfExists(previous);
        return true;
    }

    static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
