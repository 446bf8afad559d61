using System.Diagnostics;
using HeartSite.Bench;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Templates;

// One build of a generated blog corpus, as `heartsite build` does it: templates compiled once,
// every pipeline run by the Engine, output written through a staging folder swapped in on success.
// Usage: HeartSite.Bench [--serve] --input DIR --theme DIR --output DIR   (DIR/posts/*.md is the corpus)
// --serve builds once, then rebuilds incrementally after each change until stopped.

HugePageHeap.Enable(); // as the CLI starts
var serve = args.FirstOrDefault() == "--serve";
var options = Options.Parse(serve ? args[1..] : args);
if (options is null)
{
    Console.Error.WriteLine("usage: HeartSite.Bench [--serve] --input DIR --theme DIR --output DIR");
    return 2;
}
if (serve)
    return await ServeMode.RunAsync(new BuildSettings(options.Input, options.Theme, options.Output, DateTimeOffset.UnixEpoch));

var clock = Stopwatch.StartNew();
var settings = new BuildSettings(options.Input, options.Theme, options.Output, DateTimeOffset.UnixEpoch);
IReadOnlyList<Diagnostic> diagnostics = [];
var written = 0;
var succeeded = OutputFolder.BuildInto(settings.OutputRoot, staging =>
{
    var staged = settings with { OutputRoot = staging };
    var bag = new DiagnosticBag();
    var templates = new TemplateLibrary(staged.ThemeRoot, staged);
    foreach (var problem in templates.Problems) bag.Add(problem);
    if (bag.HasErrors)
    {
        diagnostics = bag.Sorted();
        return false;
    }
    var result = new Engine(BlogPipelines.Create(templates)).Run(staged, bag);
    diagnostics = result.Diagnostics;
    written = result.Outputs.Values.Sum(documents => documents.Count(d => d.Destination is not null));
    return result.Succeeded;
});

foreach (var diagnostic in diagnostics)
    Console.Error.WriteLine(DiagnosticFormatter.Canonical(diagnostic, Environment.CurrentDirectory));
if (!succeeded)
{
    Console.Error.WriteLine("Build failed; the output folder was left as it was.");
    return 1;
}
Console.WriteLine($"Built {written} files into {options.Output} in {clock.ElapsedMilliseconds} ms.");
return 0;

sealed record Options(string Input, string Theme, string Output)
{
    public static Options? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i]] = args[i + 1];
        if (args.Length != 6 || !values.TryGetValue("--input", out var input) || !values.TryGetValue("--theme", out var theme)
            || !values.TryGetValue("--output", out var output)) return null;
        return new Options(Path.GetFullPath(input), Path.GetFullPath(theme), Path.GetFullPath(output));
    }
}
