namespace HeartSite.Engine;

/// <summary>The phases every pipeline goes through, in order, across the whole engine.</summary>
public enum Phase
{
    /// <summary>Reads and parses; sees no other pipeline.</summary>
    Input,
    /// <summary>Transforms; sees the Process output of the pipelines it depends on.</summary>
    Process,
    /// <summary>Cross-cutting work (lists, feeds, sitemap); sees every pipeline's Process output.</summary>
    PostProcess,
    /// <summary>Writes files; runs only when no error was reported.</summary>
    Output,
}

/// <summary>A named list of modules for each phase, plus the pipelines whose output it needs.</summary>
public sealed class Pipeline(string name)
{
    public string Name { get; } = name;
    public List<string> DependsOn { get; init; } = [];
    public List<IModule> Input { get; init; } = [];
    public List<IModule> Process { get; init; } = [];
    public List<IModule> PostProcess { get; init; } = [];
    public List<IModule> Output { get; init; } = [];

    public IReadOnlyList<IModule> Modules(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };

    public override string ToString() => Name;
}
