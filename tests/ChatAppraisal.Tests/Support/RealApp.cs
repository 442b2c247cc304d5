using System.Net;
using System.Net.Sockets;
using ChatAppraisal.Admin;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Hosting;
using ChatAppraisal.Bot.Web;
using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;
using ChatAppraisal.Tests.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace ChatAppraisal.Tests.Support;

/// <summary>
/// The bot as Program composes it, less the console chat (it would read the test's stdin) and Telegram (no token), on
/// real Kestrel at a free port over a folder of its own: what the page tests (ballots, the office console) run against.
/// One composition, so a test host cannot drift from Program (one that missed AddSchedule failed every ballot test).
/// </summary>
static class RealApp
{
    public static async Task<(WebApplication App, string Folder, string BaseUrl)> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebOptions).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(DialogDiagramTests.RepositoryRoot(), "bot"),
            EnvironmentName = "Production",
        });
        var all = new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(folder, "appraisal.db"),
            ["Admin:Urls"] = baseUrl,
            ["Telegram:BotToken"] = "",
        };
        foreach (var (key, value) in settings) all[key] = value;
        builder.Configuration.AddInMemoryCollection(all);
        builder.Services.AddAppraisal();
        builder.AddDatabaseStartup();
        builder.Services.AddConversations();
        builder.Services.AddSchedule();
        builder.Services.AddBallots();
        builder.Services.AddChannelSeam();
        builder.AddWebChatChannel();
        builder.AddAdminApi();
        builder.AddPages();
        var app = builder.Build();
        app.MapAdminApi();
        app.MapPages();
        app.MapWebChat();
        await app.StartAsync();
        return (app, folder, baseUrl);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
