using System.Net;
using HeartSite.Engine;
using HeartSite.Serve;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Serve;

/// <summary>The editor's loop, end to end: a real server on a free port over a temporary copy of the content.</summary>
public class PreviewServerTests
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    sealed class Preview : IAsyncDisposable
    {
        public readonly TempDir Temp = new();
        public readonly HttpClient Http = new() { Timeout = Patience };
        public PreviewServer Server = null!;
        public string Input => Temp["input"];

        public static async Task<Preview> StartAsync(Action<string>? prepareInput = null)
        {
            var preview = new Preview();
            preview.Temp.CopyFrom(Repo.Input, "input");
            preview.Temp.CopyFrom(Repo.Theme, "theme");
            prepareInput?.Invoke(preview.Input);
            var settings = new BuildSettings(preview.Input, preview.Temp["theme"], preview.Temp["_site"], SiteFixture.Now) { BaseUrl = "https://example.github.io/heart-site/" };
            preview.Server = await PreviewServer.StartAsync(settings, clockPinned: true, port: 0, new StringWriter(), new StringWriter(),
                quiet: TimeSpan.FromMilliseconds(100));
            return preview;
        }

        public string ReloadUrl => new Uri(new Uri(Server.Url), ReloadEvents.Path).ToString();

        public Task<string> PageUntilAsync(string path, Func<string, bool> accept, string what) =>
            Poll.UntilAsync(async () => await Http.GetStringAsync(Server.Url + path), accept, Patience, what);

        public void Edit(string relative, Func<string, string> change)
        {
            var path = Path.Combine(Input, relative);
            File.WriteAllText(path, change(File.ReadAllText(path)));
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            Http.Dispose();
            Temp.Dispose();
        }
    }

    [Fact]
    public async Task An_edit_is_rebuilt_and_reloaded_a_broken_edit_keeps_the_last_good_page_with_its_errors_and_a_fix_recovers()
    {
        await using var preview = await Preview.StartAsync();
        var cancel = TestContext.Current.CancellationToken;
        var about = await preview.Http.GetStringAsync(preview.Server.Url + "about/", cancel);
        Assert.Contains("<h1>About the HEART Collective</h1>", about);
        Assert.Contains(ReloadEvents.Path, about);
        await using var events = await EventStream.OpenAsync(preview.Http, preview.ReloadUrl, cancel);

        preview.Edit("pages/about.md", text => text.Replace("title: About the HEART Collective", "title: Who we are"));
        await events.NextAsync(ReloadEvents.Reload, Patience);
        var edited = await preview.PageUntilAsync("about/", page => page.Contains("<h1>Who we are</h1>"), "the edited title showing");
        Assert.DoesNotContain(PreviewPage.PanelId, edited);

        preview.Edit("pages/about.md", text => text.Replace("title: Who we are", "title: [Who we are"));
        var failure = await events.NextAsync(ReloadEvents.Failed, Patience);
        Assert.Matches(@"input/pages/about\.md\(2,\d+\): error HS0001: ", failure);
        var broken = await preview.PageUntilAsync("about/", page => page.Contains(PreviewPage.PanelId), "the error panel showing");
        Assert.Contains("<h1>Who we are</h1>", broken);
        Assert.Contains("error HS0001", broken);
        Assert.Contains("role=\"alert\"", broken);
        Assert.Single(preview.Server.Errors);

        preview.Edit("pages/about.md", text => text.Replace("title: [Who we are", "title: Who we are, fixed"));
        await events.NextAsync(ReloadEvents.Reload, Patience);
        var fixedPage = await preview.PageUntilAsync("about/", page => page.Contains("<h1>Who we are, fixed</h1>"), "the fixed title showing");
        Assert.DoesNotContain(PreviewPage.PanelId, fixedPage);
        Assert.Empty(preview.Server.Errors);
    }

    [Fact]
    public async Task A_saved_page_is_served_and_announced_before_its_rebuild_ends_which_then_reloads_only_pages_that_changed_again()
    {
        await using var preview = await Preview.StartAsync();
        var cancel = TestContext.Current.CancellationToken;
        await using var events = await EventStream.OpenAsync(preview.Http, preview.ReloadUrl, cancel);

        preview.Edit("pages/about.md", text => text + "\nWe read every message we get.\n");
        Assert.Equal("/heart-site/about/", await events.NextAsync(ReloadEvents.Page, Patience));
        // Served from the moment it is announced, while the lists, checks and search index are still being made.
        Assert.Contains("We read every message we get.", await preview.Http.GetStringAsync(preview.Server.Url + "about/", cancel));
        var reloaded = (await events.NextAsync(ReloadEvents.Reload, Patience)).Split('\n');
        // The page is already shown as the rebuild made it, and the home page and stylesheet did not change.
        Assert.DoesNotContain(ChangedPages.Every, reloaded);
        Assert.DoesNotContain("/heart-site/about/", reloaded);
        Assert.DoesNotContain("/heart-site/", reloaded);
    }

    [Fact]
    public async Task The_reload_script_is_added_only_to_served_html_never_to_the_built_files()
    {
        await using var preview = await Preview.StartAsync();
        var cancel = TestContext.Current.CancellationToken;
        var served = await preview.Http.GetStringAsync(preview.Server.Url, cancel);
        Assert.Contains(PreviewPage.ReloadScript, served);
        foreach (var file in Directory.GetFiles(preview.Temp["_site"], "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("__heartsite", File.ReadAllText(file));
        var css = await preview.Http.GetStringAsync(preview.Server.Url + "assets/site.css", cancel);
        Assert.DoesNotContain("__heartsite", css);
    }

    [Fact]
    public async Task When_even_the_first_build_fails_every_page_explains_the_errors_and_a_fix_brings_the_site()
    {
        await using var preview = await Preview.StartAsync(input =>
            // Every page's footer links to site.yml's contact_url, /about/#stay-in-touch, so the heading stays.
            File.WriteAllText(Path.Combine(input, "pages", "about.md"), "---\ntitle: About\n---\nNo description.\n\n## Stay in touch\n\nWrite to us.\n"));
        var cancel = TestContext.Current.CancellationToken;
        var response = await preview.Http.GetAsync(preview.Server.Url + "about/", cancel);
        var page = await response.Content.ReadAsStringAsync(cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>The site could not be built</h1>", page);
        Assert.Contains("error HS0101: &#39;description&#39; is required", page);
        await using var events = await EventStream.OpenAsync(preview.Http, preview.ReloadUrl, cancel);

        preview.Edit("pages/about.md", text => text.Replace("title: About\n", "title: About\ndescription: Who we are.\n"));
        await events.NextAsync(ReloadEvents.Reload, Patience);
        await preview.PageUntilAsync("about/", p => p.Contains("<h1>About</h1>") && !p.Contains(PreviewPage.PanelId), "the page appearing");
    }

    [Fact]
    public async Task The_preview_shows_drafts_each_under_a_draft_banner()
    {
        await using var preview = await Preview.StartAsync(input =>
            File.WriteAllText(Path.Combine(input, "pages", "coming-soon.md"),
                "---\n# Draft: only previews show this file; delete the next line to publish it.\ndraft: true\ntitle: Coming soon\ndescription: A page still being written.\n---\n"));
        var cancel = TestContext.Current.CancellationToken;
        var draft = await preview.Http.GetStringAsync(preview.Server.Url + "coming-soon/", cancel);
        Assert.Contains("<h1>Coming soon</h1>", draft);
        Assert.Contains("Draft — not published", draft);
        Assert.DoesNotContain("Draft — not published", await preview.Http.GetStringAsync(preview.Server.Url + "about/", cancel));
    }
}
