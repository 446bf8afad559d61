using System.Security.Cryptography;
using CsCheck;
using HeartSite.Engine.Diagnostics;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Safety;

/// <summary>
/// Random mutations of real content files and their front matter: every build ends in success or
/// canonical content errors, never an exception or an HS9xxx, and the same input gives the same result.
/// </summary>
public class FuzzTests
{
    static readonly string[] Files =
    [
        "pages/about.md", "tip-sheets/ways-to-support-advocacy.md", "glossary/trauma.md", "glossary/samhsa.md",
        "events/heart-learning-collaborative-info-session-2021-09-01.md", "news/2022-03.md", "news/articles/classroom-wise.md",
    ];

    // Things that have broken parsers before: YAML syntax, Markdown nesting, raw HTML, odd characters.
    static readonly string[] Snippets =
    [
        "---\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "\"", "'", "#", "|", ">", "\t", "\0", "\u0007", "\u001b[31m", "\r\n",
        "<script>alert(1)</script>", "<br>", "<abbr title=\"x\">", "[x](javascript:alert(1))", "](//evil.example/)", "<vbscript:x>",
        "> > > > > > > >", "\n      - ", "::error::", "%00", "\uFFFD", "é", "心", "\u202E", "2022-02-30", "title: ", "\n\n",
        new string('[', 200), new string('>', 100) + " ", "[r]: data:x\n", "![](", "**", "`", "~~~\n",
    ];

    static string Mutate(string text, int kind, int at, int length, int snippet)
    {
        at = Math.Min(at, text.Length);
        length = Math.Min(length, text.Length - at);
        return kind switch
        {
            0 => text.Insert(at, Snippets[snippet % Snippets.Length]),
            1 => text.Remove(at, length),
            2 => text.Insert(at, text.Substring(at, length)),
            _ => text[..at] + Snippets[snippet % Snippets.Length] + text[(at + length)..],
        };
    }

    static readonly Gen<(int File, (int Kind, int At, int Length, int Snippet)[] Mutations)> Cases =
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 4000], Gen.Int[0, 80], Gen.Int[0, 1000]).Array[1, 4]);

    [Fact]
    public void Mutated_content_builds_or_fails_with_canonical_errors_and_the_same_way_twice()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(25);
        Cases.Sample(test =>
        {
            if (DateTime.UtcNow > deadline) return;
            var relative = Files[test.File];
            var text = test.Mutations.Aggregate(File.ReadAllText(Path.Combine(Repo.Input, relative)),
                (current, m) => Mutate(current, m.Kind, m.At, m.Length, m.Snippet));
            using var site = new ScratchSite("event-series.yml");
            site.Write(relative, text);
            var first = Run(site);
            var second = Run(site);
            Assert.Equal(first, second);
        }, iter: 60, threads: 1);
    }

    // The build's diagnostics in canonical form, and a fingerprint of every file it wrote.
    static string Run(ScratchSite site)
    {
        var outcome = site.Build();
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("HS9", StringComparison.Ordinal));
        var lines = outcome.Diagnostics.Select(d => DiagnosticFormatter.Canonical(d, site.Input)).ToList();
        Assert.All(lines, line => Assert.Matches(@"^(heartsite|\S.*?(\(\d+,\d+\))?): (error|warning) HS\d{4}: ", line));
        if (outcome.Succeeded)
            lines.AddRange(Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => $"{Path.GetRelativePath(site.Output, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));
        return string.Join('\n', lines);
    }
}
