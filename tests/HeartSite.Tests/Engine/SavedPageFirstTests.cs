using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Incremental;
using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine;

/// <summary>
/// An incremental rebuild writes the saved file's page before the rest of the site is made, and
/// still ends with what a clean build gives; a rebuild that fails puts the page back.
/// </summary>
public sealed class SavedPageFirstTests : IDisposable
{
    readonly TempDir _temp = new();
    // What the list pipeline found on disk at a.html while it ran, i.e. before the rest of the site was made.
    string? _seenWhileListing;
    bool _failListing;

    BuildSettings Settings(string output) => new(_temp["input"], _temp["theme"], _temp[output], DateTimeOffset.UnixEpoch);

    PipelineEngine Engine() => new([
        new Pipeline("posts")
        {
            Input = { new ReadFiles("posts/*.md"), new ParseFrontMatter(), new AssignSlugs() },
            Process = { new SetDestination(d => $"{d.GetString(AssignSlugs.SlugKey)}.html") },
            // The page shows how many posts there are: a whole-list step sees last run's list.
            PostProcess = { new ForEach((d, c) => d with { Content = $"<h1>{d.GetString("title")}</h1><p>{c.OutputsOf("posts").Count} posts</p>" }) },
            Output = { new WriteFiles() },
        },
        new Pipeline("list")
        {
            DependsOn = { "posts" },
            Process =
            {
                new Transform((_, context) =>
                {
                    var page = Path.Combine(context.Settings.OutputRoot, "a.html");
                    _seenWhileListing = File.Exists(page) ? File.ReadAllText(page) : null;
                    if (_failListing) context.Report(new Diagnostic(Severity.Error, "HS9000", "listing failed", "a test", null));
                    return [new Document { Destination = "index.html", Content = string.Join(",", context.OutputsOf("posts").Select(p => p.GetString("title"))) }];
                }),
            },
            Output = { new WriteFiles() },
        },
    ]);

    static Dictionary<string, string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);

    (PipelineEngine Engine, BuildMemo Memo) BuiltOnce()
    {
        _temp.Write("input/posts/a.md", "---\ntitle: First\n---\nA");
        _temp.Write("input/posts/b.md", "---\ntitle: Second\n---\nB");
        var engine = Engine();
        var memo = new BuildMemo();
        Assert.True(engine.Run(Settings("site"), new DiagnosticBag(), memo).Succeeded);
        return (engine, memo);
    }

    [Fact]
    public void The_saved_page_is_on_disk_before_the_lists_are_made_and_the_rebuild_equals_a_clean_build()
    {
        var (engine, memo) = BuiltOnce();
        memo.Changed([_temp.Write("input/posts/a.md", "---\ntitle: Edited\n---\nA")]);
        Assert.True(engine.Run(Settings("site"), new DiagnosticBag(), memo).Succeeded);
        Assert.Equal("<h1>Edited</h1><p>2 posts</p>", _seenWhileListing);

        Assert.True(Engine().Run(Settings("clean")).Succeeded);
        Assert.Equal(Files(_temp["clean"]), Files(_temp["site"]));
    }

    [Fact]
    public void A_saved_page_that_the_rest_of_the_rebuild_changes_ends_as_a_clean_build_makes_it()
    {
        var (engine, memo) = BuiltOnce();
        // A new post changes every page's count; the saved page goes first with last run's count.
        memo.Changed([_temp.Write("input/posts/a.md", "---\ntitle: Edited\n---\nA"), _temp.Write("input/posts/c.md", "---\ntitle: Third\n---\nC")]);
        Assert.True(engine.Run(Settings("site"), new DiagnosticBag(), memo).Succeeded);
        Assert.Equal("<h1>Edited</h1><p>2 posts</p>", _seenWhileListing);

        Assert.True(Engine().Run(Settings("clean")).Succeeded);
        Assert.Equal("<h1>Edited</h1><p>3 posts</p>", File.ReadAllText(_temp["site/a.html"]));
        Assert.Equal(Files(_temp["clean"]), Files(_temp["site"]));
    }

    [Fact]
    public void A_rebuild_that_fails_after_the_saved_page_was_written_puts_the_page_back()
    {
        var (engine, memo) = BuiltOnce();
        var before = Files(_temp["site"]);
        _failListing = true;
        memo.Changed([_temp.Write("input/posts/a.md", "---\ntitle: Edited\n---\nA")]);
        Assert.False(engine.Run(Settings("site"), new DiagnosticBag(), memo).Succeeded);
        Assert.Equal("<h1>Edited</h1><p>2 posts</p>", _seenWhileListing);
        Assert.Equal(before, Files(_temp["site"]));

        // The next save, once the problem is gone, rebuilds what changed since the last good build.
        _failListing = false;
        memo.Changed([_temp["input/posts/b.md"]]);
        Assert.True(engine.Run(Settings("site"), new DiagnosticBag(), memo).Succeeded);
        Assert.True(Engine().Run(Settings("clean")).Succeeded);
        Assert.Equal(Files(_temp["clean"]), Files(_temp["site"]));
    }

    public void Dispose() => _temp.Dispose();
}
