using System.CommandLine;
using System.Globalization;
using HeartSite.Engine.Diagnostics;
using HeartSite.Serve;

namespace HeartSite.Cli;

/// <summary>
/// <c>heartsite serve</c>: builds, serves the site on 127.0.0.1 and rebuilds on every change,
/// reloading open pages, until Ctrl+C. Takes build's options plus <c>--port</c>.
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new BuildOptions();
        var port = new Option<int>("--port")
        {
            Description = "the port to serve on (127.0.0.1 only)",
            DefaultValueFactory = _ => 8080,
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 65535) return number;
                result.AddError($"--port '{text}' is not a port number from 1 to 65535");
                return 0;
            },
        };
        var command = new Command("serve", "Build the site, serve it on this computer and rebuild on every change.");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parse, cancel) =>
        {
            var settings = options.Settings(parse, error);
            if (settings is null) return ExitCodes.Usage;
            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(settings, clockPinned: parse.GetValue(options.Now) is not null, parse.GetValue(port), output, error);
            }
            catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                error.WriteLine($"heartsite: error HS0805: port {parse.GetValue(port)} is already in use — stop the other server or choose another with --port 8081");
                return ExitCodes.Usage;
            }
            await using (server)
            {
                output.Write(Started(server.Url, settings.InputRoot, settings.ThemeRoot));
                try { await Task.Delay(Timeout.Infinite, cancel); }
                catch (OperationCanceledException) { }
                output.WriteLine("Stopping.");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What serve says once it is running: where to look, and what to do next.</summary>
    public static string Started(string url, string input, string theme) =>
        $"Serving {url} — open it in your browser.\n" +
        $"Next: edit files in {Relative(input)}/ or {Relative(theme)}/ and save; open pages reload by themselves. " +
        "Drafts are shown here with a \"Draft — not published\" banner. Press Ctrl+C to stop.\n";

    static string Relative(string path) => DiagnosticFormatter.RelativePath(path, Environment.CurrentDirectory);
}
