namespace HeartSite.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();
    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HeartSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("HeartSite.sln not found above the test binaries");
    }
}
