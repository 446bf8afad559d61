using HeartSite.Tests.Support;

// The plain `build` of the real input, run once when a test first asks and shared by the tests that
// only look at what it printed and wrote.
[assembly: AssemblyFixture(typeof(RealSiteCliBuild))]

namespace HeartSite.Tests.Support;

/// <summary>
/// <c>build --input input --theme theme --output &lt;temp&gt;/_site --now <see cref="CliRunner.Now"/></c>
/// run in-process once per test run, on first use; read-only for the tests that share it
/// (BuildCommandTests, FirstMinutesTests, NewsCommandTests).
/// </summary>
public sealed class RealSiteCliBuild : IDisposable
{
    readonly TempDir _temp = new();
    readonly Lazy<(int Exit, string Out, string Err)> _result;

    public RealSiteCliBuild() =>
        _result = new(() => CliRunner.Run("build", "--input", Repo.Input, "--theme", Repo.Theme, "--output", Output, "--now", CliRunner.Now));

    public string Output => _temp["_site"];

    /// <summary>The build's exit code and what it printed to standard output and error.</summary>
    public (int Exit, string Out, string Err) Result => _result.Value;

    public void Dispose() => _temp.Dispose();
}
