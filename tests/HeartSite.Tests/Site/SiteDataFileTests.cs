using HeartSite.Tests.Editors;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Site;

/// <summary>site.yml is read by the shared data-file reader: its navigation entries are checked records with their own lines.</summary>
public class SiteDataFileTests
{
    static (string Path, IReadOnlyList<HeartSite.Engine.Diagnostics.Diagnostic> Errors, int Line) BuildWith(Func<string, string> edit, string marker)
    {
        using var site = new ScratchSite();
        var text = edit(File.ReadAllText(Path.Combine(Repo.Input, "data", "site.yml")));
        var path = site.Write("data/site.yml", text);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains(marker)) + 1;
        return (Path.GetFullPath(path), site.Build().Diagnostics, line);
    }

    [Fact]
    public void A_navigation_entry_without_a_url_is_HS0101_at_its_item()
    {
        var (path, errors, line) = BuildWith(t => t.Replace("  - title: Glossary\n    url: /glossary/\n", "  - title: Glossary\n"), "- title: Glossary");
        var error = Assert.Single(errors);
        Assert.Equal(("HS0101", path, line, 5), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void A_navigation_url_outside_the_site_is_HS0011_at_the_url_line()
    {
        var (path, errors, line) = BuildWith(t => t.Replace("url: /glossary/", "url: glossary/"), "url: glossary/");
        var error = Assert.Single(errors);
        Assert.Equal(("HS0011", path, line), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void An_unknown_key_in_a_navigation_entry_is_a_warning_at_its_line()
    {
        var (_, diagnostics, line) = BuildWith(t => t.Replace("    url: /glossary/\n", "    url: /glossary/\n    titel: x\n"), "titel: x");
        Assert.Contains(diagnostics, d => d.Code == "HS0104" && d.Line == line);
    }

    [Fact]
    public void A_navigation_link_to_no_page_is_one_error_at_its_line_in_site_yml_not_one_per_page()
    {
        using var site = new RealSiteCopy();
        var path = Path.Combine(site.Input, "data", "site.yml");
        var text = File.ReadAllText(path).Replace("    url: /about/\n", "    url: /no-such-page/\n");
        File.WriteAllText(path, text);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("url: /no-such-page/")) + 1;

        var outcome = site.Build();

        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == HeartSite.Engine.Diagnostics.Severity.Error);
        Assert.Equal(("HS0701", Path.GetFullPath(path), line, 5), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("/no-such-page/", error.Message);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Message.Contains("no-such-page") && d != error);
    }

    [Fact]
    public void A_contact_url_to_a_missing_heading_is_one_error_at_its_line_in_site_yml_not_one_per_page()
    {
        using var site = new RealSiteCopy();
        var path = Path.Combine(site.Input, "data", "site.yml");
        var text = File.ReadAllText(path).Replace("contact_url: /about/#stay-in-touch", "contact_url: /about/#no-such-heading");
        File.WriteAllText(path, text);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("#no-such-heading")) + 1;

        var outcome = site.Build();

        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == HeartSite.Engine.Diagnostics.Severity.Error);
        Assert.Equal(("HS0702", Path.GetFullPath(path), line), (error.Code, error.File, error.Line));
        Assert.Contains("no-such-heading", error.Message);
    }
}
