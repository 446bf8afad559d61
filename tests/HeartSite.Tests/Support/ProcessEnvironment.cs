namespace HeartSite.Tests.Support;

/// <summary>
/// For tests that change the process's environment (such as GITHUB_ACTIONS, which makes every build
/// in the process print annotations): they run alone, after the parallel tests, so no other test's
/// output sees the change. Also for a test that needs no other thread allocating meanwhile (HugePageHeapTests).
/// </summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;
