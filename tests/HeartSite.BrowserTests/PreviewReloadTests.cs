using HeartSite.Engine;
using HeartSite.Serve;
using Microsoft.Playwright;

namespace HeartSite.BrowserTests;

/// <summary>
/// The editor's preview in a real browser: a save reloads the page being edited as soon as that
/// page is written, and the rebuild after it reloads only open pages whose file changed.
/// </summary>
public class PreviewReloadTests(BrowserSite site)
{
    [Fact]
    public async Task A_save_reloads_the_page_being_edited_and_leaves_other_open_pages_alone()
    {
        site.RequireBrowser();
        var root = Path.Combine(Path.GetTempPath(), "heartsite-preview-" + Guid.NewGuid().ToString("N"));
        try
        {
            Copy(Path.Combine(BrowserSite.RepositoryRoot, "input"), Path.Combine(root, "input"));
            Copy(Path.Combine(BrowserSite.RepositoryRoot, "theme"), Path.Combine(root, "theme"));
            var settings = new BuildSettings(Path.Combine(root, "input"), Path.Combine(root, "theme"), Path.Combine(root, "_site"), BrowserSite.Now);
            await using var server = await PreviewServer.StartAsync(settings, clockPinned: true, port: 0, TextWriter.Null, TextWriter.Null);
            await using var context = await site.NewContextAsync();
            var edited = await context.NewPageAsync();
            var other = await context.NewPageAsync();
            var watcher = await context.NewPageAsync();
            await edited.GotoAsync(server.Url + "about/");
            await other.GotoAsync(server.Url + "privacy/");
            // A third tab records every event, to know when the rebuild after the save is over.
            await watcher.GotoAsync(server.Url + "privacy/");
            await watcher.EvaluateAsync("() => { window.seen = []; const events = new EventSource('" + ReloadEvents.Path + "'); "
                + "for (const name of ['" + ReloadEvents.Page + "', '" + ReloadEvents.Reload + "']) events.addEventListener(name, e => window.seen.push(name)); }");
            foreach (var page in new[] { edited, other }) await page.EvaluateAsync("() => { window.notReloaded = true; }");

            var about = Path.Combine(root, "input", "pages", "about.md");
            await File.AppendAllTextAsync(about, "\nWe read every message we get.\n", TestContext.Current.CancellationToken);

            await Assertions.Expect(edited.Locator("main")).ToContainTextAsync("We read every message we get.");
            await edited.EvaluateAsync("() => { window.notReloaded = true; }");
            await watcher.WaitForFunctionAsync("() => window.seen.includes('" + ReloadEvents.Reload + "')");
            Assert.True(await other.EvaluateAsync<bool>("() => window.notReloaded === true"), "the privacy page, unchanged, was not reloaded");
            Assert.True(await edited.EvaluateAsync<bool>("() => window.notReloaded === true"), "the edited page, already shown, was not reloaded again");
            Assert.Equal(new[] { ReloadEvents.Page, ReloadEvents.Reload }, await watcher.EvaluateAsync<string[]>("() => window.seen"));
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
