using HeartSite.Engine;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine;

public class EngineTests
{
    static Transform Emit(params string[] contents) =>
        new((_, _) => contents.Select(c => new Document { Content = c }));

    [Fact]
    public void Orders_pipelines_after_their_dependencies_whatever_the_declaration_order()
    {
        var engine = new PipelineEngine([
            new Pipeline("c") { DependsOn = { "b" } },
            new Pipeline("b") { DependsOn = { "a" } },
            new Pipeline("a"),
        ]);
        Assert.Equal(["a", "b", "c"], engine.Order.Select(p => p.Name));
    }

    [Fact]
    public void A_dependency_cycle_is_an_error_at_start_up_naming_the_cycle()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => new PipelineEngine([
            new Pipeline("a") { DependsOn = { "c" } },
            new Pipeline("b") { DependsOn = { "a" } },
            new Pipeline("c") { DependsOn = { "b" } },
        ]));
        Assert.Equal("Pipeline dependency cycle: a -> c -> b -> a.", error.Message);
    }

    [Fact]
    public void An_unknown_dependency_or_duplicate_name_is_an_error_at_start_up()
    {
        Assert.Contains("'missing', which does not exist",
            Assert.Throws<PipelineConfigurationException>(() => new PipelineEngine([new Pipeline("a") { DependsOn = { "missing" } }])).Message);
        Assert.Contains("Two pipelines are named 'a'",
            Assert.Throws<PipelineConfigurationException>(() => new PipelineEngine([new Pipeline("a"), new Pipeline("a")])).Message);
    }

    [Fact]
    public void Process_sees_the_output_of_its_dependencies()
    {
        var seen = new List<string>();
        var result = new PipelineEngine([
            new Pipeline("consumer")
            {
                DependsOn = { "producer" },
                Process = { new Transform((_, ctx) => { seen.AddRange(ctx.OutputsOf("producer").Select(d => d.Content)); return []; }) },
            },
            new Pipeline("producer") { Input = { Emit("one", "two") }, Process = { new ForEach((d, _) => d with { Content = d.Content.ToUpperInvariant() }) } },
        ]).Run(Docs.Settings());
        Assert.True(result.Succeeded);
        Assert.Equal(["ONE", "TWO"], seen);
    }

    [Fact]
    public void Process_cannot_see_a_pipeline_it_did_not_declare()
    {
        var result = new PipelineEngine([
            new Pipeline("a") { Process = { new Transform((_, ctx) => ctx.OutputsOf("b")) } },
            new Pipeline("b"),
        ]).Run(Docs.Settings());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("HS9000", error.Code);
        Assert.Contains("declare it in DependsOn", error.Message);
    }

    [Fact]
    public void PostProcess_sees_every_pipelines_process_output()
    {
        var counts = new Dictionary<string, int>();
        new PipelineEngine([
            new Pipeline("a") { Input = { Emit("x") } },
            new Pipeline("b") { Input = { Emit("y", "z") } },
            new Pipeline("list") { PostProcess = { new Transform((_, ctx) => { counts["a"] = ctx.OutputsOf("a").Count; counts["b"] = ctx.OutputsOf("b").Count; return []; }) } },
        ]).Run(Docs.Settings());
        Assert.Equal(1, counts["a"]);
        Assert.Equal(2, counts["b"]);
    }

    [Fact]
    public void Independent_pipelines_run_at_the_same_time()
    {
        // Each pipeline waits for the other at a barrier: run one after the other, neither would arrive.
        using var barrier = new Barrier(2);
        var met = new bool[2];
        IModule Meet(int i) => new Transform((docs, _) => { met[i] = barrier.SignalAndWait(TimeSpan.FromSeconds(10)); return docs; });
        new PipelineEngine([new Pipeline("a") { Process = { Meet(0) } }, new Pipeline("b") { Process = { Meet(1) } }]).Run(Docs.Settings());
        Assert.Equal([true, true], met);
    }

    [Fact]
    public void Documents_of_one_pipeline_are_processed_in_parallel_and_keep_their_order()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        using var secondWorker = new ManualResetEventSlim();
        var waited = 0;
        var contents = Enumerable.Range(0, 200).Select(i => i.ToString("D3")).ToArray();
        var (output, _) = Docs.Run(new ForEach((d, _) =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            if (threads.Count > 1) secondWorker.Set();
            // The first document holds its worker until another worker shows up, so the test does not
            // depend on how busy the thread pool is; a serial engine would time out here and fail below.
            else if (Environment.ProcessorCount > 1 && Interlocked.Exchange(ref waited, 1) == 0) secondWorker.Wait(TimeSpan.FromSeconds(10));
            return d with { Content = d.Content + "!" };
        }), null, contents.Select(c => new Document { Content = c }).ToArray());
        Assert.Equal(contents.Select(c => c + "!"), output.Select(d => d.Content));
        if (Environment.ProcessorCount > 1) Assert.True(threads.Count > 1, "expected more than one worker thread");
    }

    [Fact]
    public void Modules_never_change_the_documents_they_are_given()
    {
        var original = new Document { Content = "body" }.With("title", "Before");
        var (output, _) = Docs.Run(new ForEach((d, _) => d.With("title", "After") with { Content = "changed" }), null, original);
        Assert.Equal("Before", original.GetString("title"));
        Assert.Equal("body", original.Content);
        Assert.Equal("After", output.Single().GetString("title"));
    }

    [Fact]
    public void An_exception_for_one_document_becomes_an_error_naming_its_file_and_skips_output()
    {
        var wrote = false;
        var result = new PipelineEngine([new Pipeline("p")
        {
            Input = { new Transform((_, _) => [new Document { Source = "/in/bad.md" }, new Document { Source = "/in/good.md" }]) },
            Process = { new ForEach((d, _) => d.Source == "/in/bad.md" ? throw new FormatException("boom") : d) },
            Output = { new Transform((docs, _) => { wrote = true; return docs; }) },
        }]).Run(Docs.Settings());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("HS9001", "/in/bad.md"), (error.Code, error.File));
        Assert.Contains("boom", error.Message);
        Assert.False(wrote);
    }
}
