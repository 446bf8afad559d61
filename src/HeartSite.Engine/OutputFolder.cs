namespace HeartSite.Engine;

/// <summary>
/// Builds into a staging folder beside the output and swaps it in only on success, so a failed
/// build leaves the previous output exactly as it was. The output it replaces is kept beside it
/// (<c>_site.previous</c>) until the next build, which deletes it while it works: deleting a few
/// hundred files took a tenth of a second, a seventh of a build, when done before the build could end.
/// Replacing a folder deletes it, so only a folder that is empty or holds the <see cref="Marker"/>
/// an earlier build left is ever replaced (see <see cref="Refusal"/>, which the command line asks first).
/// </summary>
public static class OutputFolder
{
    /// <summary>The file every build writes into its output, so a later build knows the folder is its own.</summary>
    public const string Marker = ".heartsite-output";

    /// <summary>Runs <paramref name="build"/> against a fresh staging folder; returns what it returned.</summary>
    public static bool BuildInto(string output, Func<string, bool> build)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var staging = output + ".staging";
        var previous = output + ".previous";
        foreach (var folder in new[] { output, staging, previous })
            if (!Replaceable(folder))
                throw new InvalidOperationException($"{folder} holds files HeartSite did not write; it was left alone");
        DeleteIfExists(staging);
        var clearing = Task.Factory.StartNew(() => DeleteIfExists(previous), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool succeeded;
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, Marker), "Written by HeartSite. The next build deletes and replaces this whole folder.\n");
            succeeded = build(staging);
        }
        catch
        {
            Task.WaitAny(clearing); // finished, but a failure of its own must not hide the build's
            DeleteIfExists(staging);
            throw;
        }
        clearing.GetAwaiter().GetResult();
        if (!succeeded)
        {
            DeleteIfExists(staging);
            return false;
        }
        if (Directory.Exists(output)) Directory.Move(output, previous);
        Directory.Move(staging, output);
        return true;
    }

    /// <summary>
    /// Why <paramref name="output"/> must not be built into, as a sentence; null when it may. A
    /// build deletes its output, so it refuses the content and theme folders, any folder holding
    /// them or a Git repository, the home folder, a filesystem root, and an existing folder with
    /// files of its own.
    /// </summary>
    public static string? Refusal(string output, params string[] protectedFolders)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (File.Exists(output)) return "is a file, not a folder";
        if (output == Path.GetPathRoot(output))
            return "is the root of a filesystem";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Safety.SourceTree.IsInside(output, home)) return "is your home folder, or holds it";
        foreach (var folder in protectedFolders)
        {
            if (Safety.SourceTree.IsInside(output, folder)) return $"is the folder {folder}, or holds it";
            if (Safety.SourceTree.IsInside(folder, output)) return $"is inside {folder}, which the build reads";
        }
        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
            return "is a Git repository";
        foreach (var folder in new[] { output, output + ".staging", output + ".previous" })
            if (!Replaceable(folder))
                return $"{(folder == output ? "already exists" : $"has a folder {Path.GetFileName(folder)} beside it")} and holds files an earlier HeartSite build did not write (no {Marker} file)";
        return null;
    }

    // A folder the build may delete: missing, empty, or marked by an earlier build.
    static bool Replaceable(string folder) =>
        !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any() || File.Exists(Path.Combine(folder, Marker));

    /// <summary>
    /// Deletes a folder a build wrote, its <see cref="Marker"/> last: stopped halfway, what is left is
    /// still marked as the build's own, so the next build may delete it rather than refuse.
    /// </summary>
    static void DeleteIfExists(string path)
    {
        if (!Directory.Exists(path)) return;
        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos())
            if (entry is DirectoryInfo folder) folder.Delete(recursive: true); // a link to a folder: only the link goes
            else if (entry.Name != Marker) entry.Delete();
        Directory.Delete(path, recursive: true);
    }
}
