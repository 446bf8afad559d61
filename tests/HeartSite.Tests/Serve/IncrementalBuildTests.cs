using System.Security.Cryptography;
using System.Text;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Serve;
using HeartSite.Site;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Serve;

/// <summary>
/// serve's incremental rebuilds equal a clean build, byte for byte: the real site is built, edited,
/// rebuilt incrementally, and compared with a whole build of the edited content into another folder.
/// </summary>
public class IncrementalBuildTests
{
    sealed class Site : IDisposable
    {
        readonly TempDir _temp = new();
        public readonly string Input, Theme;
        public string Output => _temp["_site"];
        public readonly IncrementalBuild Builds;

        public Site()
        {
            Input = _temp.CopyFrom(Repo.Input, "input");
            Theme = _temp.CopyFrom(Repo.Theme, "theme");
            Builds = new IncrementalBuild(Settings(_temp["_site"]), clockPinned: true);
            Assert.True(Builds.Build(null).Succeeded);
        }

        BuildSettings Settings(string output) => new(Input, Theme, output, SiteFixture.Now) { IncludeDrafts = true, BaseUrl = "https://example.org/heart-site/" };

        /// <summary>Applies an edit, rebuilds incrementally with the paths it changed, and compares with a clean build.</summary>
        public BuildOutcome EditAndCompare(Func<Site, IEnumerable<string>> edit, bool expectSuccess = true)
        {
            var before = Snapshot(_temp["_site"]);
            var changed = edit(this).Select(p => Path.Combine(_temp.Path, p)).ToList();
            var incremental = Builds.Build(changed);
            // A failed rebuild leaves the output as it was, even the page it may have written ahead of the rest.
            if (!expectSuccess) Assert.Equal(before, Snapshot(_temp["_site"]));
            var (clean, full) = CleanBuild();
            Assert.Equal(expectSuccess, full.Succeeded);
            Assert.Equal(Lines(full, clean), Lines(incremental, _temp["_site"]));
            if (full.Succeeded) AssertSameFiles(clean, _temp["_site"]);
            return incremental;
        }

        // Clean builds by the input and theme they were built from: an edit that undoes the one
        // before it returns to content already built clean, whose build would give the same bytes.
        readonly Dictionary<string, (string Folder, BuildOutcome Outcome)> _clean = [];

        (string Folder, BuildOutcome Outcome) CleanBuild()
        {
            var state = State();
            if (_clean.TryGetValue(state, out var built)) return built;
            var clean = _temp[$"clean-{_clean.Count}"];
            return _clean[state] = (clean, SiteBuilder.Build(Settings(clean)));
        }

        string State()
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var root in new[] { Input, Theme })
                foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(_temp.Path, file) + "\0"));
                    var bytes = File.ReadAllBytes(file);
                    hash.AppendData(BitConverter.GetBytes(bytes.Length));
                    hash.AppendData(bytes);
                }
            return Convert.ToHexString(hash.GetHashAndReset());
        }

        static Dictionary<string, string> Snapshot(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));

        static List<string> Lines(BuildOutcome outcome, string output) =>
            outcome.Diagnostics.Select(d => DiagnosticFormatter.Canonical(d, "/").Replace(output, "<site>")).ToList();

        public string Edit(string relative, Func<string, string> change)
        {
            var path = Path.Combine(_temp.Path, relative);
            var before = File.ReadAllText(path);
            var after = change(before);
            Assert.NotEqual(before, after);
            File.WriteAllText(path, after);
            return relative;
        }

        public string Write(string relative, string content)
        {
            _temp.Write(relative, content);
            return relative;
        }

        public string Delete(string relative)
        {
            File.Delete(Path.Combine(_temp.Path, relative));
            return relative;
        }

        public void Dispose() => _temp.Dispose();
    }

    static Dictionary<string, DateTime> WriteTimes(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(root, f), File.GetLastWriteTimeUtc);

    static void AssertSameFiles(string expected, string actual)
    {
        static List<string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs from a clean build's");
        static List<string> Folders(string root) => Directory.GetDirectories(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Folders(expected), Folders(actual));
    }

    // Each group of edits is a class of its own, so the three run in parallel: xunit runs one class's
    // tests one after another, and each group builds the real site about eight times.
    public class ContentEdits
    {
        [Fact]
        public void Edits_to_every_content_type_rebuild_to_what_a_clean_build_gives()
        {
            using var site = new Site();
            var written = WriteTimes(site.Output);
            // A body edit (the title also shows in glossary entries' "Where this term is used").
            site.EditAndCompare(s => [s.Edit("input/pages/about.md", t => t.Replace("The goal is good mental health", "The aim is good mental health"))]);
            // Only the page whose bytes changed was written again; the search index changes with its
            // text (when Pagefind is installed), but Pagefind's own script, whose bytes do not, stays.
            var rewritten = WriteTimes(site.Output).Where(f => !written.TryGetValue(f.Key, out var was) || was != f.Value).Select(f => f.Key).ToList();
            Assert.Equal(["about/index.html"], rewritten.Where(f => !f.StartsWith("pagefind/", StringComparison.Ordinal)));
            Assert.DoesNotContain("pagefind/pagefind.js", rewritten);
            site.EditAndCompare(s => [s.Edit("input/pages/about.md", t => t.Replace("HEART Collective", "HEART Collective (edited)"))]);
            site.EditAndCompare(s => [s.Edit("input/tip-sheets/ways-to-support-advocacy.md", t => t.Replace("title: Ways to Support Advocacy", "title: Ways to Speak Up"))]);
            site.EditAndCompare(s => [s.Edit("input/glossary/stigma.md", t => t.Replace("term: Stigma", "term: Stigma and shame"))]);
            site.EditAndCompare(s => [s.Edit("input/news/articles/peer-support-hour.md", t => t.Replace("title: The New England", "title: The Whole New England"))]);
            // The saved article's page went first, before the issue page that lists its new title was written.
            Assert.True(File.GetLastWriteTimeUtc(Path.Combine(site.Output, "news/articles/peer-support-hour/index.html"))
                < File.GetLastWriteTimeUtc(Path.Combine(site.Output, "news/2021-11/index.html")));
            site.EditAndCompare(s => [s.Edit("input/news/2022-03.md", t => t.Replace("title: Opening the door to care", "title: Opening doors to care"))]);
            site.EditAndCompare(s => [s.Edit("input/events/heart-webinar-2022-01.md", t => t.Replace("begins (January 2022)", "starts (January 2022)"))]);
        }
    }

    public class DataTemplateAndDeletionEdits
    {
        [Fact]
        public void Data_file_template_and_deletion_rebuild_to_what_a_clean_build_gives()
        {
            using var site = new Site();
            site.EditAndCompare(s => [s.Edit("input/data/event-series.yml", t => t.Replace("title: HEART Webinar Series", "title: HEART Webinars"))]);
            site.EditAndCompare(s => [s.Edit("input/data/help.yml", t => t.Replace("for: Anyone in danger right now", "for: Anyone in danger now"))]);
            site.EditAndCompare(s => [s.Edit("theme/layouts/base.sbn-html", t => t.Replace("<main id=\"main\" tabindex=\"-1\"", "<main id=\"main\" tabindex=\"-1\" class=\"edited\""))]);
            site.EditAndCompare(s => [s.Write("input/tip-sheets/a-new-sheet.md",
                File.ReadAllText(Path.Combine(s.Input, "tip-sheets/ways-to-support-advocacy.md")).Replace("title: Ways to Support Advocacy", "title: A new sheet"))]);
            site.EditAndCompare(s => [s.Delete("input/tip-sheets/a-new-sheet.md")]);
            site.EditAndCompare(s => [s.Delete("input/news/articles/peer-support-hour.md")], expectSuccess: false);
        }
    }

    public class FailedRebuilds
    {
        [Fact]
        public void A_failed_rebuild_writes_nothing_and_the_fix_rebuilds_to_what_a_clean_build_gives()
        {
            using var site = new Site();
            var failed = site.EditAndCompare(s => [s.Edit("input/pages/about.md", t => t.Replace("title:", "titel:"))], expectSuccess: false);
            Assert.Contains(failed.Diagnostics, d => d.Severity == Severity.Error);
            site.EditAndCompare(s => [s.Edit("input/pages/about.md", t => t.Replace("titel:", "title:"))]);
            site.EditAndCompare(s => [s.Edit("input/pages/privacy.md", t => t + "\nA [broken link](/no-such-page/).\n")], expectSuccess: false);
            site.EditAndCompare(s => [s.Edit("input/pages/privacy.md", t => t.Replace("\nA [broken link](/no-such-page/).\n", ""))]);
            // A link into another page breaks when that page's heading (its id) changes, though the linking page did not.
            site.EditAndCompare(s => [s.Edit("input/pages/privacy.md", t => t + "\nSee [who started it](/about/#who-started-it).\n")]);
            site.EditAndCompare(s => [s.Edit("input/pages/about.md", t => t.Replace("## Who started it", "## Who began it"))], expectSuccess: false);
            site.EditAndCompare(s => [s.Edit("input/pages/about.md", t => t.Replace("## Who began it", "## Who started it"))]);
        }
    }
}
