using System.Globalization;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Theme;

/// <summary>
/// The colours of both schemes the theme ships, read from its CSS custom properties, meet WCAG 2.2
/// AA: 4.5:1 for text, 3:1 for the focus ring and borders that mark controls.
/// </summary>
public class ContrastTests
{
    /// <summary>Every foreground the theme draws on every background it draws it on, and the ratio it needs.</summary>
    public static readonly TheoryData<string, string, string, double> Pairs = Build();

    static TheoryData<string, string, string, double> Build()
    {
        var data = new TheoryData<string, string, string, double>();
        foreach (var scheme in new[] { "light", "dark" })
        {
            foreach (var background in new[] { "--bg", "--surface" })
                foreach (var text in new[] { "--text", "--muted", "--link" })
                    data.Add(scheme, text, background, 4.5);
            data.Add(scheme, "--accent-text", "--accent", 4.5);
            data.Add(scheme, "--crisis-text", "--crisis-bg", 4.5);
            foreach (var background in new[] { "--bg", "--surface", "--crisis-bg" })
                data.Add(scheme, "--focus", background, 3.0);
            data.Add(scheme, "--border", "--bg", 3.0);
            data.Add(scheme, "--accent", "--bg", 3.0);
            // The home page's task cards: a border and an accent top edge on --surface outline each link;
            // the wordmark's heart is --accent on --bg (above).
            data.Add(scheme, "--border", "--surface", 3.0);
            data.Add(scheme, "--accent", "--surface", 3.0);
            data.Add(scheme, "--crisis-text", "--bg", 3.0);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Colour_pairs_meet_AA(string scheme, string foreground, string background, double minimum)
    {
        var sheet = ThemeStyles.Parse();
        var colours = ThemeStyles.RootProperties(sheet, scheme == "dark" ? m => m.Contains("prefers-color-scheme: dark") : null);
        var ratio = Ratio(Colour(colours[foreground]), Colour(colours[background]));
        Assert.True(ratio >= minimum,
            $"{scheme}: {foreground} {colours[foreground]} on {background} {colours[background]} is {ratio:0.00}:1, needs {minimum}:1");
    }

    [Fact]
    public void The_dark_scheme_sets_every_colour_the_light_one_does()
    {
        var sheet = ThemeStyles.Parse();
        var light = ThemeStyles.RootProperties(sheet).Where(p => p.Value.StartsWith('#') || p.Value.StartsWith("rgb")).Select(p => p.Key);
        var darkOnly = sheet.Rules.OfType<AngleSharp.Css.Dom.ICssMediaRule>().Single(m => m.ConditionText.Contains("prefers-color-scheme: dark"));
        var dark = darkOnly.Rules.OfType<AngleSharp.Css.Dom.ICssStyleRule>().SelectMany(r => r.Style.Select(p => p.Name));
        Assert.Empty(light.Except(dark));
    }

    /// <summary>
    /// Light and dark differ in colour and nothing else, which is why the browser tests run axe's
    /// colour rules alone in dark (every other rule sees the same page as in light): the theme's one
    /// dark rule sets only colour custom properties, colours in both schemes, and nothing else in
    /// the theme asks which scheme the reader uses but the requests (in the site's CSS and the email's
    /// head) for the browser's own dark colours of controls and scrollbars.
    /// </summary>
    [Fact]
    public void The_dark_scheme_changes_colours_and_nothing_else()
    {
        var sheet = ThemeStyles.Parse();
        var light = ThemeStyles.RootProperties(sheet);
        var darkRule = Assert.Single(sheet.Rules.OfType<AngleSharp.Css.Dom.ICssMediaRule>(), m => m.ConditionText.Contains("prefers-color-scheme"));
        Assert.Equal("(prefers-color-scheme: dark)", darkRule.ConditionText.Trim());
        foreach (var rule in darkRule.Rules)
        {
            var style = Assert.IsAssignableFrom<AngleSharp.Css.Dom.ICssStyleRule>(rule);
            Assert.Equal(":root", style.SelectorText);
            foreach (var property in style.Style)
            {
                Assert.StartsWith("--", property.Name);
                Assert.Matches("^#[0-9a-f]{6}$", property.Value.Trim());
                Assert.Matches("^#[0-9a-f]{6}$", light[property.Name]);
            }
        }
        var asking = Directory.GetFiles(Repo.Theme, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".css" or ".js" or ".sbn-html" or ".html" or ".svg")
            .SelectMany(f => File.ReadLines(f).Where(l => l.Contains("color-scheme")).Select(l => $"{Path.GetRelativePath(Repo.Theme, f).Replace('\\', '/')}: {l.Trim()}"))
            .ToList();
        Assert.Equal(
        [
            "css/00-base.css: @media (prefers-color-scheme: dark) {",
            "css/00-base.css: color-scheme: light dark;",
            "email/issue.sbn-html: <meta name=\"color-scheme\" content=\"light dark\">",
            "email/issue.sbn-html: <meta name=\"supported-color-schemes\" content=\"light dark\">",
        ], asking.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("#ffffff", "#000000", 21.0)]
    [InlineData("#777777", "#ffffff", 4.48)]
    [InlineData("rgb(0, 0, 255)", "#fff", 8.59)]
    public void Ratios_follow_the_WCAG_formula(string a, string b, double expected) =>
        Assert.Equal(expected, Ratio(Colour(a), Colour(b)), 2);

    /// <summary>A CSS colour as AngleSharp.Css serialises it (<c>rgba(r, g, b, a)</c>) or as written (<c>#rgb</c>, <c>#rrggbb</c>).</summary>
    static (double R, double G, double B) Colour(string value)
    {
        value = value.Trim();
        if (value.StartsWith('#'))
        {
            var hex = value[1..];
            if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
            return (Convert.ToInt32(hex[..2], 16), Convert.ToInt32(hex[2..4], 16), Convert.ToInt32(hex[4..6], 16));
        }
        var parts = value[(value.IndexOf('(') + 1)..value.IndexOf(')')].Split(',', StringSplitOptions.TrimEntries);
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    static double Ratio((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    static double Luminance((double R, double G, double B) c) => 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    static double Linear(double channel)
    {
        var s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }
}
