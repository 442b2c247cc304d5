using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.WebChat;

/// <summary>
/// The real bot (Program, as a town runs it with neither Telegram nor WeCom and <c>Console:Enabled=false</c>) on real
/// Kestrel at 127.0.0.1:<see cref="Port"/>, over the given database file. A new instance on the same port and file is a
/// server restart.
/// </summary>
sealed partial class WebChatApp : WebApplicationFactory<Program>
{
    readonly string _databasePath;

    WebChatApp(string databasePath, int port)
    {
        _databasePath = databasePath;
        Port = port;
        UseKestrel(port);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public LogSink Logs { get; } = new();
    public AppraisalStore Store => Services.GetRequiredService<AppraisalStore>();
    public MemberDirectory Members => Services.GetRequiredService<MemberDirectory>();

    /// <summary>A new database in a folder of its own, or <paramref name="databasePath"/> again (a restart; give the same port).</summary>
    public static WebChatApp Start(string? databasePath = null, int? port = null)
    {
        if (databasePath is null)
        {
            var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            databasePath = Path.Combine(folder, "appraisal.db");
        }
        var app = new WebChatApp(databasePath, port ?? FreePort());
        app.StartServer();
        return app;
    }

    public string DatabasePath => _databasePath;

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = _databasePath,
            ["Admin:Urls"] = BaseUrl,
            ["Admin:ApiKey"] = "test-admin-key-0123456789",
            ["Web:PublicBaseUrl"] = BaseUrl,
            ["Telegram:BotToken"] = "",
            ["Console:Enabled"] = "false",
        }));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        builder.ConfigureTestServices(services => services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5)));
    }

    public VillageDoc AddVillage(string name) => Services.GetRequiredService<VillageRoster>().Add(new Actor(0, "test", "test"), name).Village!;

    /// <summary>A member and their invite code, as /invite or the admin API give it.</summary>
    public (MemberDoc Member, string Code) Invite(string name, params Role[] roles)
    {
        var member = Members.Add(name, roles);
        return (member, Members.CreateInvite(member.Id).Id);
    }

    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>The first anti-forgery token of a page.</summary>
    public static string Token(string html) =>
        TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token in:\n" + html);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>Signs an HttpClient in with a code; returns the chat page's anti-forgery token.</summary>
    public async Task<string> SignIn(HttpClient client, string code)
    {
        var form = await client.GetStringAsync("/chat");
        var signIn = await client.PostAsync("/chat?handler=SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = code, ["__RequestVerificationToken"] = Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return Token(await client.GetStringAsync("/chat"));
    }

    /// <summary>Stops the bot and returns once the database file is free again (for a restart on the same file).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (File.Exists(_databasePath + ".lock"))
        {
            try
            {
                DatabaseFileLock.Acquire(_databasePath).Dispose();
                return;
            }
            catch (DatabaseInUseException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}
