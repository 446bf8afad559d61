using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Engine.Safety;

namespace HeartSite.Site;

/// <summary>A navigation entry: the label readers see and the site path it goes to.</summary>
public sealed record NavItem(string Title, string Url);

/// <summary>The crisis line shown on every page; kept in data so it can change without a code change.</summary>
public sealed record CrisisLine(string Name, string Call, string Text, string Url);

/// <summary>
/// Site-wide settings from <c>input/data/site.yml</c>: title, description, the absolute base URL
/// used by feeds, emails and calendars, language, default time zone, navigation and crisis line.
/// </summary>
public sealed record SiteData(
    string Title, string Tagline, string Description, SiteUrls Urls, string Language, string TimeZone,
    string ContactUrl, IReadOnlyList<NavItem> Navigation, CrisisLine Crisis)
{
    /// <summary>site.yml as read, so a problem found later (a menu link to no page) is reported at its line; not for templates.</summary>
    internal Document? Document { get; init; }

    /// <summary>The highest Flesch–Kincaid grade a page may read at before the HS0770 warning.</summary>
    public double ReadingGrade { get; init; } = Checks.Reading.ReadingMeasure.DefaultGrade;

    /// <summary>Where readers sign up for Compassion Action News; when unset, pages offer the feeds instead.</summary>
    public string? NewsletterSignupUrl { get; init; }

    /// <summary>The site's GitHub repository (<c>https://github.com/owner/name</c>), for "Edit this page" links; null: no links.</summary>
    public string? Repository { get; init; }

    /// <summary>The languages the site is published in (site.yml's <c>languages</c>), the default first.</summary>
    public IReadOnlyList<HeartSite.Languages.SiteLanguage> Languages { get; init; } = [new("en", "English", "en", "ltr") { IsDefault = true }];

    /// <summary>The default language, whose pages live at the site root.</summary>
    public HeartSite.Languages.SiteLanguage DefaultLanguage => Languages[0];

    /// <summary>How many months a tip sheet or glossary entry may go unreviewed before the checks warn.</summary>
    public int ReviewMonths { get; init; } = 12;

    /// <summary>The GitHub web editor's address for a content file (relative to <c>input/</c>), or null without a repository.</summary>
    public string? EditUrl(string? relativeSource) =>
        Repository is null || relativeSource is null ? null : $"{Repository.TrimEnd('/')}/edit/main/input/{relativeSource}";

    /// <summary>
    /// The unsubscribe link of the email editions. By default Mailchimp's merge tag, which the email
    /// service replaces with each reader's own address when it sends the issue.
    /// </summary>
    public string UnsubscribeUrl { get; init; } = DefaultUnsubscribeUrl;

    public const string DefaultUnsubscribeUrl = "*|UNSUB|*";

    /// <summary>The picture link previews show for a page that names none (a site path, like <c>/assets/share.png</c>), and its description.</summary>
    public string? ShareImage { get; init; }

    public string? ShareImageAlt { get; init; }

    public const string ShareImageKey = "share_image";

    /// <summary>site.yml as read, so a later problem with one of its settings is reported at its line (not visible to templates).</summary>
    internal Document? SettingsFile { get; init; }

    public const string RelativePath = "data/site.yml";

    static readonly Schema NavigationEntry = new("menu entry",
        Field.Text("title", "the words in the menu", required: true),
        Field.Text("url", "the site path it goes to, starting with /", required: true));

    static readonly Schema Schema = new("site settings file",
        Field.Text("title", "the site's name", required: true),
        Field.Text("tagline", "one line under the name", required: true),
        Field.Text("description", "what the site is, for search engines and feeds", required: true),
        Field.Url("base_url", "the published address of the site, ending in /", required: true),
        Field.Text("language", "the BCP 47 language tag of the content, e.g. en-US, when there is no 'languages' list"),
        Field.Records("languages", "the languages the site is published in, the default first: code, name, lang, dir, reading_ease", HeartSite.Languages.SiteLanguage.Entry),
        Field.Text("time_zone", "the IANA time zone events use by default", required: true),
        Field.Link("contact_url", "where readers can get in touch: a page of this site like /about/, or a full web address", required: true),
        Field.Records("navigation", "the main menu: a list of 'title' and 'url' pairs", NavigationEntry, required: true),
        Field.Text("crisis_name", "the crisis line's name", required: true),
        Field.Text("crisis_call", "the number to call", required: true),
        Field.Text("crisis_text", "the number to text", required: true),
        Field.Url("crisis_url", "the crisis line's website", required: true),
        Field.Text("reading_grade", "the highest reading grade a page may have, e.g. 8"),
        Field.Url("newsletter_signup_url", "where readers sign up for the newsletter"),
        Field.Integer("max_file_size_kb", "the largest content file the build reads, in KB (default 1024)"),
        Field.Url("repository", "the site's GitHub repository, like https://github.com/owner/name, for 'Edit this page' links"),
        Field.Integer("review_months", "months after which a tip sheet's or glossary entry's 'reviewed' date is due again (default 12)"),
        Field.Text("unsubscribe_url", "the email editions' unsubscribe link: your email service's merge tag, e.g. *|UNSUB|*"),
        Field.Text(ShareImageKey, "the picture link previews show when a page names none, like /assets/share.png"),
        Field.Text("share_image_alt", "what that picture shows, in one sentence, for people who cannot see it"));

    /// <summary>The largest file the build reads (HS0206 beyond it).</summary>
    public long MaxFileBytes { get; init; } = Engine.Safety.SourceText.DefaultMaxBytes;

    /// <summary>The published address, ending in <c>/</c> (the command line's <c>--base-url</c> once a build has applied it).</summary>
    public string BaseUrl => Urls.BaseUrl;

    /// <summary>Loads and checks site.yml; reports problems and returns null when it cannot be used.</summary>
    public static SiteData? Load(string inputRoot, DiagnosticBag diagnostics)
    {
        var path = Path.GetFullPath(Path.Combine(inputRoot, RelativePath));
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "HS0010", $"the site settings file {RelativePath} is missing",
                "create it with title, description, base_url, language, time_zone, navigation and the crisis line", path));
            return null;
        }
        var bag = new List<Diagnostic>();
        var valid = ReadDataFile.ReadRecord(inputRoot, RelativePath, Schema, bag.Add);
        var navigation = valid is null ? null : ReadNavigation(valid, bag);
        var grade = valid is null ? null : ReadGrade(valid, bag);
        if (valid is not null && valid.GetString(ShareImageKey) is not null && string.IsNullOrWhiteSpace(valid.GetString("share_image_alt")))
            bag.Add(Diagnostic.Error("HS0101", "'share_image_alt' is missing: 'share_image' needs a description of the picture",
                "add 'share_image_alt: ' and say in one sentence what the picture shows, for people who cannot see it", valid, ShareImageKey));
        var languages = valid is null ? null : HeartSite.Languages.SiteLanguage.Read(valid, valid.GetString("language"), bag);
        foreach (var d in bag) diagnostics.Add(d);
        if (valid is null || navigation is null || grade is null || languages is null || bag.Any(d => d.Severity == Severity.Error)) return null;

        string S(string key) => valid.GetString(key)!;
        return new SiteData(S("title"), S("tagline"), S("description"), new SiteUrls(S("base_url")), languages[0].Lang, S("time_zone"),
            S("contact_url"), navigation, new CrisisLine(S("crisis_name"), S("crisis_call"), S("crisis_text"), S("crisis_url")))
        {
            Document = valid,
            ReadingGrade = grade.Value,
            Languages = languages,
            NewsletterSignupUrl = valid.GetString("newsletter_signup_url"),
            UnsubscribeUrl = valid.GetString("unsubscribe_url") ?? DefaultUnsubscribeUrl,
            Repository = valid.GetString("repository"),
            ShareImage = valid.GetString(ShareImageKey)?.Trim(),
            ShareImageAlt = valid.GetString("share_image_alt")?.Trim(),
            SettingsFile = valid,
            ReviewMonths = valid.Metadata.GetValueOrDefault("review_months") is int months ? months : 12,
            MaxFileBytes = valid.Get<int>("max_file_size_kb") is > 0 and var kb ? kb * 1024L : Engine.Safety.SourceText.DefaultMaxBytes,
        };
    }

    static double? ReadGrade(Document site, List<Diagnostic> bag)
    {
        var text = site.GetString("reading_grade");
        if (text is null) return Checks.Reading.ReadingMeasure.DefaultGrade;
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var grade) && grade is > 0 and <= 20)
            return grade;
        bag.Add(Diagnostic.Error("HS0103", $"'reading_grade' should be a school grade like 8, not '{text}'",
            "write a number from 1 to 20; 8 is the usual ceiling for public-health writing", site, "reading_grade"));
        return null;
    }

    // The schema checked each entry's shape; what is left is that each url is a path of this site.
    static IReadOnlyList<NavItem>? ReadNavigation(Document site, List<Diagnostic> bag)
    {
        var entries = site.Get<List<Dictionary<string, object?>>>("navigation") ?? [];
        var items = new List<NavItem>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (title, url) = ((string)entries[i]["title"]!, ((string)entries[i]["url"]!).Trim());
            if (!url.StartsWith('/'))
            {
                bag.Add(Diagnostic.Error("HS0011", $"'navigation' entry {i + 1}: the url '{url}' is not a path of this site",
                    "write the path after the site's address, starting with /, like '/tip-sheets/'", site, $"navigation[{i}].url"));
                return null;
            }
            // "//host/" starts with a slash too, but leaves the site.
            if (UrlPolicy.Check(url) is { } refusal)
            {
                bag.Add(Diagnostic.Error(refusal.Code, $"'navigation' entry {i + 1}: {refusal.Message}", refusal.Hint, site, $"navigation[{i}].url"));
                return null;
            }
            items.Add(new NavItem(title.Trim(), url));
        }
        if (items.Count > 0) return items;
        bag.Add(Diagnostic.Error("HS0011", "'navigation' should be a list of entries, each with 'title' and a 'url' starting with /",
            "write each entry as '- title: Tip sheets' with '  url: /tip-sheets/' on the next line", site, "navigation"));
        return null;
    }
}
