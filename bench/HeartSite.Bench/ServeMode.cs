using System.Diagnostics;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Incremental;
using HeartSite.Engine.Templates;

namespace HeartSite.Bench;

/// <summary>
/// The blog as <c>heartsite serve</c> rebuilds it: one whole build through staging, then after each
/// save an incremental rebuild (<see cref="BuildMemo"/>) that writes only changed files in place.
/// bench/run's serve mode edits posts and times each save until the post's page holds the edit.
/// </summary>
public static class ServeMode
{
    public static async Task<int> RunAsync(BuildSettings settings)
    {
        var templates = new TemplateLibrary(settings.ThemeRoot, settings);
        if (templates.Problems.Count > 0) return Fail(templates.Problems);
        var engine = new Engine.Engine(BlogPipelines.Create(templates));
        var memo = new BuildMemo();
        var clock = Stopwatch.StartNew();
        EngineResult? first = null;
        OutputFolder.BuildInto(settings.OutputRoot, staging =>
        {
            first = engine.Run(settings with { OutputRoot = staging }, new DiagnosticBag(), memo);
            return first.Succeeded;
        });
        if (!first!.Succeeded) return Fail(first.Diagnostics);
        memo.Moved(settings.OutputRoot);
        Console.WriteLine($"Ready: built in {clock.ElapsedMilliseconds} ms; watching {settings.InputRoot}");

        var stopped = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopped.TrySetResult(); };
        await using var watcher = new SourceWatcher([settings.InputRoot], _ => false, TimeSpan.FromMilliseconds(10), changed =>
        {
            var rebuild = Stopwatch.StartNew();
            memo.Changed(changed);
            var result = engine.Run(settings, new DiagnosticBag(), memo);
            foreach (var d in result.Diagnostics) Console.Error.WriteLine(DiagnosticFormatter.Canonical(d, Environment.CurrentDirectory));
            Console.WriteLine($"Rebuilt after {changed.Count} change(s) in {rebuild.ElapsedMilliseconds} ms");
            return Task.CompletedTask;
        });
        // Runs until Ctrl+C or until it is killed (bench/run-serve sends SIGTERM).
        await stopped.Task;
        return 0;
    }

    static int Fail(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Console.Error.WriteLine(DiagnosticFormatter.Canonical(d, Environment.CurrentDirectory));
        return 1;
    }
}
