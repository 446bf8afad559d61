using System.Globalization;
using System.Text.RegularExpressions;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;

namespace HeartSite.Languages;

/// <summary>
/// The theme's own words in one language, from <c>theme/strings/&lt;code&gt;.yml</c>: every label,
/// heading and sentence a template writes (<c>{{ strings.skip_link }}</c>), the menu's labels for
/// languages other than the default (<c>navigation:</c>, by path), and the month and day names and
/// date patterns that dates are written with. Templates see <see cref="Values"/> as <c>strings</c>.
/// </summary>
public sealed class LanguageStrings(SiteLanguage language, IReadOnlyDictionary<string, object?> values)
{
    public SiteLanguage Language { get; } = language;

    public IReadOnlyDictionary<string, object?> Values { get; } = values;

    /// <summary>A string the code itself writes; every key asked for here is in <see cref="ThemeStrings.CodeKeys"/>, so it was checked at load.</summary>
    public string Text(string key) => Values.GetValueOrDefault(key) as string ?? "";

    /// <summary>
    /// The culture dates are written in: the invariant culture with this file's month and day names
    /// and a.m./p.m. words, so dates never depend on the machine (the build runs with invariant globalization).
    /// </summary>
    public CultureInfo Culture { get; } = MakeCulture(values);

    /// <summary>The menu label for a path in this language; null when the file has none (the default language uses site.yml's).</summary>
    public string? NavigationLabel(string url) =>
        Values.GetValueOrDefault(ThemeStrings.NavigationKey) is Dictionary<string, object?> map ? map.GetValueOrDefault(url) as string : null;

    static CultureInfo MakeCulture(IReadOnlyDictionary<string, object?> values)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var format = culture.DateTimeFormat;
        if (List(values, "months") is { Length: 12 } months)
        {
            format.MonthNames = format.MonthGenitiveNames = [.. months, ""];
            format.AbbreviatedMonthNames = format.AbbreviatedMonthGenitiveNames = [.. months.Select(m => m[..Math.Min(3, m.Length)]), ""];
        }
        if (List(values, "days") is { Length: 7 } days)
        {
            format.DayNames = days;
            format.AbbreviatedDayNames = [.. days.Select(d => d[..Math.Min(3, d.Length)])];
        }
        if (values.GetValueOrDefault("am") is string am) format.AMDesignator = am;
        if (values.GetValueOrDefault("pm") is string pm) format.PMDesignator = pm;
        return CultureInfo.ReadOnly(culture);
    }

    static string[]? List(IReadOnlyDictionary<string, object?> values, string key) =>
        values.GetValueOrDefault(key) is List<object?> list ? list.Select(v => v?.ToString() ?? "").ToArray() : null;
}

/// <summary>
/// Loads <c>theme/strings/&lt;code&gt;.yml</c> for every language of site.yml and checks that each
/// has every string a template or the code uses, and every key the default language's file has:
/// a missing one is HS0311, naming the language, the key and where it is used.
/// </summary>
public static class ThemeStrings
{
    public const string Folder = "strings";
    public const string NavigationKey = "navigation";

    /// <summary>The keys the C# code writes (dates, the link-language note), besides those templates use.</summary>
    public static readonly IReadOnlyList<string> CodeKeys =
        ["months", "days", "am", "pm", "date_long", "date_full", "month_year", "time", "date_tba", "in_english", "not_translated", "not_translated_short",
         "status_cancelled", "status_postponed", "status_moved_online", "note_cancelled", "note_postponed", "note_moved_online",
         "email_sent_by", "email_every", "email_reason", "email_read_article", "email_links", "newsletter_name", "issue", "read_on_web",
         "from_the", "crisis_question", "call_or_text", "email_crisis_the", "any_time", "danger", "call_911", "every_news_issue", "contact", "unsubscribe", "for_audience", "moved_title", "moved_heading", "moved_text", "not_found_title", "language_home", "alphabet",
         "ics_join_online", "ics_register", "ics_details", "ics_online", "ics_and_online", "ics_calendar_name", .. Content.TipSheets.TipSheetSchema.LabelKeys];

    /// <summary>What a translation says instead of site.yml's own English (see <see cref="LanguageBuilds.Translate"/>).</summary>
    public static readonly IReadOnlyList<string> TranslationKeys = ["tagline", "site_description", "crisis_name", .. ListPageTitles.Keys];

    static readonly Regex Use = new(@"\bstrings\.([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);

    public static IReadOnlyDictionary<string, LanguageStrings>? Load(string themeRoot, IReadOnlyList<SiteLanguage> languages, string[] navigation, DiagnosticBag diagnostics)
    {
        var uses = Uses(themeRoot);
        var loaded = new Dictionary<string, LanguageStrings>(StringComparer.Ordinal);
        var ok = true;
        Dictionary<string, object?>? defaults = null;
        foreach (var language in languages)
        {
            var relative = $"{Folder}/{language.Code}.yml";
            var path = Path.GetFullPath(Path.Combine(themeRoot, relative));
            if (!File.Exists(path))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "HS0310", $"there are no theme strings for {language.Name} ({language.Code})",
                    $"create theme/{relative}, a copy of theme/{Folder}/{languages[0].Code}.yml with every text in {language.Name}", path));
                ok = false;
                continue;
            }
            var values = Read(path, diagnostics);
            if (values is null) { ok = false; continue; }
            defaults ??= values;
            var required = uses.Keys.Concat(CodeKeys).Concat(defaults.Keys).Concat(language.IsDefault ? [] : TranslationKeys).Distinct().Order(StringComparer.Ordinal);
            foreach (var key in required.Where(k => !values.ContainsKey(k) || values[k] is null or ""))
            {
                var where = uses.TryGetValue(key, out var template) ? $", which {template} uses" : "";
                diagnostics.Add(new Diagnostic(Severity.Error, "HS0311", $"the {language.Name} ({language.Code}) theme strings have no '{key}'{where}",
                    $"add a line '{key}: …' to theme/{relative} with the text in {language.Name}", path, 1, 1));
                ok = false;
            }
            // A menu entry without a label here shows its English title (LanguageBuilds.Translate), and
            // a menu link to no page is reported once, at site.yml, not again per language.
            loaded[language.Code] = new LanguageStrings(language, values);
        }
        return ok ? loaded : null;
    }

    static Dictionary<string, object?>? Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            if (YamlValues.ParseData(ReadFiles.ReadText(path)).Root is Dictionary<string, object?> map) return map;
            diagnostics.Add(new Diagnostic(Severity.Error, "HS0001", "a theme strings file should be 'key: text' lines",
                "write one 'key: text' per line, as in theme/strings/en.yml", path, 1, 1));
        }
        catch (YamlSyntaxException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, e.Code, e.Message, e.Hint ?? "a theme strings file is YAML: 'key: text' lines", path, e.Position.Line, e.Position.Column));
        }
        catch (ContentException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        return null;
    }

    /// <summary>Each <c>strings.key</c> the theme's templates use, with the first template and line using it.</summary>
    static Dictionary<string, string> Uses(string themeRoot)
    {
        var uses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(themeRoot)) return uses;
        foreach (var file in Directory.GetFiles(themeRoot, "*.sbn-html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (Match m in Use.Matches(lines[i]))
                    uses.TryAdd(m.Groups[1].Value, $"theme/{Path.GetRelativePath(themeRoot, file).Replace('\\', '/')} (line {i + 1})");
        }
        return uses;
    }
}
