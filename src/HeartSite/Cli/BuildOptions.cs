using System.CommandLine;
using System.Globalization;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Cli;

/// <summary>
/// The options every command that builds shares: where to read, where to write, the published
/// address and time. The base path is the path of the base URL (site.yml's <c>base_url</c> or
/// <c>--base-url</c>); <c>--base-path</c> is only accepted when it says the same.
/// </summary>
public sealed class BuildOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "the content folder", DefaultValueFactory = _ => "input" };
    public Option<string> Theme { get; } = new("--theme") { Description = "the theme folder", DefaultValueFactory = _ => "theme" };
    public Option<string> Output { get; } = new("--output") { Description = "where the site is written", DefaultValueFactory = _ => "_site" };
    // Kept hidden so old scripts get a plain sentence rather than "unrecognized option".
    public Option<string?> BasePath { get; } = new("--base-path") { Description = "no longer needed: the path comes from --base-url", Hidden = true };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "the published address, base path included (e.g. https://example.github.io/heart-site/); overrides base_url in site.yml",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value.Trim();
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http") return text.TrimEnd('/') + "/";
            result.AddError($"--base-url '{text}' is not a full web address starting with https://");
            return null;
        },
    };

    public Option<DateTimeOffset?> Now { get; } = new("--now")
    {
        Description = "the build's notion of now, ISO-8601 with offset (e.g. 2022-03-01T09:00:00-05:00); default: the clock",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'"],
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now))
                return now;
            result.AddError($"--now '{text}' is not an ISO-8601 date-time with an offset, like 2022-03-01T09:00:00-05:00");
            return null;
        },
    };

    /// <summary>Adds every option, <c>--output</c> included (build, serve).</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Output);
        AddSourceOptionsTo(command);
    }

    /// <summary>Adds what a command that renders without writing a site needs (news export): folders read, address, time.</summary>
    public void AddSourceOptionsTo(Command command)
    {
        foreach (var option in new Option[] { Input, Theme, BaseUrl, BasePath, Now }) command.Options.Add(option);
    }

    /// <summary>
    /// The <c>--base-url</c> given (null: site.yml's), or false after saying why <c>--base-path</c>
    /// cannot be used: it must be the base URL's own path, so it can never disagree with it.
    /// </summary>
    public bool TryBaseUrl(ParseResult parse, TextWriter error, out string? baseUrl)
    {
        baseUrl = parse.GetValue(BaseUrl);
        if (parse.GetValue(BasePath) is not { } basePath) return true;
        var wanted = "/" + basePath.Trim().Trim('/') + (basePath.Trim().Trim('/').Length == 0 ? "" : "/");
        if (baseUrl is not null && new SiteUrls(baseUrl).BasePath == wanted) return true;
        error.WriteLine(ConsoleText.Line(baseUrl is null
            ? $"heartsite: error: --base-path is not needed: the path comes from the base URL, so give the whole address instead, like --base-url https://example.github.io{wanted}"
            : $"heartsite: error: --base-path '{basePath}' disagrees with --base-url '{baseUrl}', whose path is {new SiteUrls(baseUrl).BasePath}; leave --base-path out, the path comes from --base-url"));
        return false;
    }

    /// <summary>
    /// The settings for a parse result; null (with a message) when a folder is missing, --base-path
    /// disagrees with --base-url, or the output is a folder a build must not replace (HS0807, see
    /// <see cref="OutputFolder.Refusal"/>). <paramref name="outputRoot"/> replaces --output (news export's --out).
    /// </summary>
    public BuildSettings? Settings(ParseResult parse, TextWriter error, string? outputRoot = null)
    {
        var input = Path.GetFullPath(parse.GetValue(Input)!);
        var theme = Path.GetFullPath(parse.GetValue(Theme)!);
        foreach (var (name, path) in new[] { ("--input", input), ("--theme", theme) })
        {
            if (Directory.Exists(path)) continue;
            error.WriteLine($"heartsite: error: {name} folder '{path}' does not exist");
            return null;
        }
        if (!TryBaseUrl(parse, error, out var baseUrl)) return null;
        var output = outputRoot ?? Path.GetFullPath(parse.GetValue(Output)!);
        if (outputRoot is null && OutputFolder.Refusal(output, input, theme) is { } why)
        {
            error.WriteLine(ConsoleText.Line($"heartsite: error HS0807: --output '{parse.GetValue(Output)}' {why}; nothing was deleted — " +
                "the build replaces its output folder, so give it a folder of its own, such as _site"));
            return null;
        }
        return new BuildSettings(input, theme, output, parse.GetValue(Now) ?? DateTimeOffset.Now) { BaseUrl = baseUrl };
    }
}
