using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.Incremental;
using HeartSite.Engine.Safety;
using HeartSite.Site;

namespace HeartSite.Serve;

/// <summary>
/// <c>serve</c>'s builds. The first is a whole build through a staging folder, as <c>build</c> does;
/// after it, a save rebuilds only what the changed files affect (<see cref="BuildMemo"/>), checks
/// only the pages that changed or link to what changed, and writes only files whose content
/// changed, in place. A change to the theme, <c>site.yml</c> or <c>assets/</c> (what the pipelines
/// are made from, or files copied rather than built) takes a whole build again, which also reads
/// the clock afresh when it is not pinned. A failed rebuild writes nothing.
/// </summary>
/// <param name="wroteAhead">told of each saved file's page as soon as it is written, before the rest of its rebuild</param>
public sealed class IncrementalBuild(BuildSettings settings, bool clockPinned, Action<string, string>? wroteAhead = null)
{
    PreparedSite? _site;
    BuildMemo _memo = new();
    IncrementalChecks? _checks;
    HashSet<string> _copied = [];

    /// <summary>Builds after <paramref name="changed"/> (absolute paths) changed; null or empty for a whole build.</summary>
    public BuildOutcome Build(IReadOnlyList<string>? changed)
    {
        if (_site is null || changed is null || changed.Count == 0 || changed.Any(NeedsWholeBuild)) return WholeBuild();
        _memo.Changed(changed);
        _memo.WroteAhead = wroteAhead;
        var diagnostics = new DiagnosticBag();
        var outcome = _site.Run(settings.OutputRoot, diagnostics, _memo,
            post => _checks!.Run(post.Values.SelectMany(d => d), settings.OutputRoot, settings.OutputRoot, _copied, _memo.MayHaveChanged));
        return WithSearchIndex(outcome, settings.OutputRoot);
    }

    // The saved page is already on disk; the index follows, as a whole build would make it.
    BuildOutcome WithSearchIndex(BuildOutcome outcome, string root)
    {
        if (!outcome.Succeeded) return outcome;
        var search = new DiagnosticBag();
        var note = Content.Search.SearchIndex.Build(root, settings, search);
        return outcome with { Diagnostics = [.. outcome.Diagnostics, .. search.Sorted()], Notes = note is null ? [] : [note] };
    }

    BuildOutcome WholeBuild()
    {
        _site = null;
        _memo = new BuildMemo();
        var diagnostics = new DiagnosticBag();
        var now = clockPinned ? settings.Now : DateTimeOffset.Now;
        var wanted = settings with { Now = now };
        var prepared = SiteBuilder.Prepare(ref wanted, diagnostics);
        if (prepared is null) return new BuildOutcome(diagnostics.Sorted(), 0);
        BuildOutcome? outcome = null;
        var checks = new IncrementalChecks(prepared.Settings.Urls.BasePath, prepared.Site.ReadingGrade, now) { Languages = prepared.Site.Languages };
        // A rebuild checks the default language's pages again; the translations, rebuilt whole, count as files that exist.
        var translated = prepared.Site.Languages.Where(l => !l.IsDefault).Select(l => l.Folder).ToList();
        var swapped = OutputFolder.BuildInto(settings.OutputRoot, staging =>
        {
            outcome = WithSearchIndex(prepared.Run(staging, diagnostics, _memo), staging);
            if (!outcome.Succeeded) return false;
            var outputs = outcome.Documents;
            var copied = outputs.Where(d => d.Destination is not null && !IsBuilt(d)).Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
            var problems = checks.Run(outputs.Where(IsBuilt), staging, settings.OutputRoot, copied, _ => true);
            copied.UnionWith(outputs.Select(d => d.Destination).OfType<string>().Where(d => translated.Any(f => d.StartsWith(f, StringComparison.Ordinal))));
            _copied = copied;
            outcome = outcome with { Diagnostics = [.. outcome.Diagnostics, .. problems] };
            return outcome.Succeeded;
        });
        if (swapped)
        {
            _memo.Moved(settings.OutputRoot);
            _site = prepared;
            _checks = checks;
        }
        return outcome!;
    }

    // A copied file's document has no content: its bytes are the source file's.
    static bool IsBuilt(Document document) => document.Content.Length > 0 || document.Source is null || document.Source.EndsWith(".md", StringComparison.Ordinal);

    bool NeedsWholeBuild(string path) =>
        SourceTree.IsInside(settings.ThemeRoot, path)
        || SourceTree.IsInside(path, Path.Combine(settings.InputRoot, SiteData.RelativePath))
        || SourceTree.IsInside(Path.Combine(settings.InputRoot, "assets"), path)
        || (File.Exists(path) || Directory.Exists(path)) && new FileInfo(path).LinkTarget is not null;
}
