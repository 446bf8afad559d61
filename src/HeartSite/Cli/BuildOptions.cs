using System.CommandLine;
using System.Globalization;
using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Cli;

/// <summary>The options every command that builds shares: where to read, where to write, base path and time.</summary>
public sealed class BuildOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "the content folder", DefaultValueFactory = _ => "input" };
    public Option<string> Theme { get; } = new("--theme") { Description = "the theme folder", DefaultValueFactory = _ => "theme" };
    public Option<string> Output { get; } = new("--output") { Description = "where the site is written", DefaultValueFactory = _ => "_site" };
    public Option<string> BasePath { get; } = new("--base-path") { Description = "the path the site is served under, e.g. /heart-site/", DefaultValueFactory = _ => "/" };

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

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Input, Theme, Output, BasePath, BaseUrl, Now }) command.Options.Add(option);
    }

    /// <summary>
    /// The settings for a parse result; null (with a message) when a folder is missing or the
    /// output is a folder a build must not replace (HS0807, see <see cref="OutputFolder.Refusal"/>).
    /// </summary>
    public BuildSettings? Settings(ParseResult parse, TextWriter error)
    {
        var input = Path.GetFullPath(parse.GetValue(Input)!);
        var theme = Path.GetFullPath(parse.GetValue(Theme)!);
        foreach (var (name, path) in new[] { ("--input", input), ("--theme", theme) })
        {
            if (Directory.Exists(path)) continue;
            error.WriteLine($"heartsite: error: {name} folder '{path}' does not exist");
            return null;
        }
        var output = Path.GetFullPath(parse.GetValue(Output)!);
        if (OutputFolder.Refusal(output, input, theme) is { } why)
        {
            error.WriteLine(ConsoleText.Line($"heartsite: error HS0807: --output '{parse.GetValue(Output)}' {why}; nothing was deleted — " +
                "the build replaces its output folder, so give it a folder of its own, such as _site"));
            return null;
        }
        return new BuildSettings(input, theme, output,
            BuildSettings.NormaliseBasePath(parse.GetValue(BasePath)!), parse.GetValue(Now) ?? DateTimeOffset.Now)
        {
            BaseUrl = parse.GetValue(BaseUrl),
        };
    }
}
