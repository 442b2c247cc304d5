using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ChatAppraisal.Admin;
using ChatAppraisal.Admin.ApiKey;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Hosting;
using ChatAppraisal.Bot.Web;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatAppraisal.Tests.Ballots;

/// <summary>
/// The bot's host as Program.cs builds it plus the ballots' lines (<c>AddBallots()</c>, <c>AddPages()</c>,
/// <c>MapPages()</c>, the ballots' admin routes), on real Kestrel at 127.0.0.1 over a temporary database, so a browser
/// and an HttpClient reach it like a phone would. <c>Web:PublicBaseUrl</c> is its own address.
/// </summary>
sealed partial class BallotsApp : IAsyncDisposable
{
    public const string Key = "test-admin-key-0123456789";

    readonly WebApplication _app;

    BallotsApp(WebApplication app, string folder, string baseUrl)
    {
        _app = app;
        Folder = folder;
        BaseUrl = baseUrl;
    }

    public string Folder { get; }
    public string BaseUrl { get; }
    public string DatabasePath => Path.Combine(Folder, "appraisal.db");
    public IServiceProvider Services => _app.Services;
    public AppraisalStore Store => Services.GetRequiredService<AppraisalStore>();
    public PeriodView Period => Services.GetRequiredService<Periods>().Active();

    public static async Task<BallotsApp> Start(int votesPerMinute = 120)
    {
        var (app, folder, baseUrl) = await Support.RealApp.StartAsync(new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = Key,
            ["Web:VoteRequestsPerMinute"] = votesPerMinute.ToString(),
        });
        return new BallotsApp(app, folder, baseUrl);
    }

    public HttpClient Client(bool followRedirects = true, string? key = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = new Uri(BaseUrl) };
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public VillageDoc AddVillage(string name) => Services.GetRequiredService<VillageRoster>().Add(new Actor(0, "test", "test"), name).Village!;

    /// <summary>A member joined on the test channel, to send chat updates as.</summary>
    public ChatUpdate Says(ChatUser user, string text) => new(user, Interlocked.Increment(ref _updates), Text: text);

    long _updates = 5000;

    public ChatUser Member(string name, params Role[] roles)
    {
        var members = Services.GetRequiredService<MemberDirectory>();
        var member = members.Add(name, roles);
        var user = new ChatUser("test", $"u{member.Id}", name);
        members.Redeem(members.CreateInvite(member.Id).Id, user.Channel, user.UserId);
        return user;
    }

    public Task<IReadOnlyList<Reply>> Send(ChatUser user, string text) =>
        Services.GetRequiredService<IConversationEngine>().HandleAsync(Says(user, text));

    /// <summary>The anti-forgery token of the page's form.</summary>
    public static string Token(string html) =>
        TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token in:\n" + html);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public async Task Stop() => await _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
