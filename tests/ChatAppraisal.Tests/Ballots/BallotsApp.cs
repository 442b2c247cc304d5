using System.Net;
using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Ballots;

/// <summary>
/// The real app (<see cref="WebBotApp"/>: Program on real Kestrel at 127.0.0.1 over a temporary database), so a browser
/// and an HttpClient reach the voting pages like a phone would. <c>Web:PublicBaseUrl</c> is its own address.
/// </summary>
sealed partial class BallotsApp : IAsyncDisposable
{
    public const string Key = WebBotApp.ApiKey;

    readonly WebBotApp _app;

    BallotsApp(WebBotApp app) => _app = app;

    public string Folder => _app.Folder;
    public string BaseUrl => _app.BaseUrl;
    public string DatabasePath => _app.DatabasePath;
    public IServiceProvider Services => _app.Services;
    public AppraisalStore Store => Services.GetRequiredService<AppraisalStore>();
    public PeriodView Period => Services.GetRequiredService<Periods>().Active();

    public static Task<BallotsApp> Start(int votesPerMinute = 120)
    {
        var app = new WebBotApp(settings: new Dictionary<string, string?> { ["Web:VoteRequestsPerMinute"] = votesPerMinute.ToString() });
        app.StartServer();
        return Task.FromResult(new BallotsApp(app));
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
        members.Redeem(members.CreateInvite(member.Id).Code, user.Channel, user.UserId);
        return user;
    }

    public Task<IReadOnlyList<Reply>> Send(ChatUser user, string text) =>
        Services.GetRequiredService<IConversationEngine>().HandleAsync(Says(user, text));

    /// <summary>The anti-forgery token of the page's form.</summary>
    public static string Token(string html) =>
        TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token in:\n" + html);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>Stops the bot; returns once the database file is free (to read it whole).</summary>
    public async Task Stop() => await _app.DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
