using System.Net;
using System.Net.Sockets;
using HeartSite.Cli;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Cli;

public class ServeCommandTests
{
    static (int Exit, string Err) Run(params string[] args)
    {
        var error = new StringWriter();
        return (HeartSiteCli.Run(args, new StringWriter(), error), error.ToString());
    }

    [Fact]
    public void A_port_already_in_use_is_bad_usage_with_HS0805()
    {
        using var temp = new TempDir();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exit, error) = Run("serve", "--input", Repo.Input, "--theme", Repo.Theme, "--output", temp["_site"], "--port", port);
        Assert.Equal(2, exit);
        Assert.Contains($"error HS0805: port {port} is already in use", error);
    }

    [Theory]
    [InlineData("serve", "--port", "0")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--port", "eighty")]
    [InlineData("serve", "--input", "/no/such/folder")]
    public void Bad_options_are_exit_code_2(params string[] args) => Assert.Equal(2, Run(args).Exit);

    [Fact]
    public void Once_running_serve_says_where_to_look_and_what_to_do_next()
    {
        var text = ServeCommand.Started("http://127.0.0.1:8080/", Path.Combine(Environment.CurrentDirectory, "input"), Path.Combine(Environment.CurrentDirectory, "theme"));
        Assert.StartsWith("Serving http://127.0.0.1:8080/ — open it in your browser.\nNext: edit files in input/ or theme/ and save", text);
        Assert.Contains("Draft — not published", text);
        Assert.Contains("Ctrl+C", text);
    }
}
