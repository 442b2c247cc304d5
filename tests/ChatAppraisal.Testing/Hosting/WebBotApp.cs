using System.Net;
using System.Net.Sockets;

namespace ChatAppraisal.Tests.Hosting;

/// <summary>
/// The bot as a town runs it with neither Telegram nor WeCom and <c>Console:Enabled=false</c>: the admin API, the pages
/// and the browser chat on real Kestrel at 127.0.0.1:<see cref="Port"/> (also <c>Web:PublicBaseUrl</c>), so a browser
/// and an HttpClient reach it as a phone would. A new instance on the same port and file is a server restart.
/// </summary>
public class WebBotApp : BotApp
{
    public const string ApiKey = "test-admin-key-0123456789";

    readonly IReadOnlyDictionary<string, string?> _settings;

    public WebBotApp(string? databasePath = null, int? port = null, IReadOnlyDictionary<string, string?>? settings = null)
        : base(databasePath ?? NewDatabasePath())
    {
        Port = port ?? FreePort();
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(Port);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The folder of the database file (a folder of its own when the app made it).</summary>
    public string Folder => Path.GetDirectoryName(DatabasePath)!;

    protected override string Environment => "Production";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        new Dictionary<string, string?>
        {
            ["Admin:Urls"] = BaseUrl,
            ["Admin:ApiKey"] = ApiKey,
            ["Web:PublicBaseUrl"] = BaseUrl,
            ["Console:Enabled"] = "false",
        }.Concat(_settings);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
