using System.Net;
using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.WebChat;

/// <summary>The real bot as <see cref="WebBotApp"/> runs it, with what the browser chat's tests ask of it.</summary>
sealed partial class WebChatApp : WebBotApp
{
    WebChatApp(string? databasePath, int? port, IReadOnlyDictionary<string, string?>? settings) : base(databasePath, port, settings)
    {
    }

    public AppraisalStore Store => Services.GetRequiredService<AppraisalStore>();
    public MemberDirectory Members => Services.GetRequiredService<MemberDirectory>();

    /// <summary>A new database in a folder of its own, or <paramref name="databasePath"/> again (a restart; give the same port).</summary>
    public static WebChatApp Start(string? databasePath = null, int? port = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new WebChatApp(databasePath, port, settings);
        app.StartServer();
        return app;
    }

    public VillageDoc AddVillage(string name) => Services.GetRequiredService<VillageRoster>().Add(new Actor(0, "test", "test"), name).Village!;

    /// <summary>A member and their invite code, as /invite or the admin API give it.</summary>
    public (MemberDoc Member, string Code) Invite(string name, params Role[] roles)
    {
        var member = Members.Add(name, roles);
        return (member, Members.CreateInvite(member.Id).Code);
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
}
