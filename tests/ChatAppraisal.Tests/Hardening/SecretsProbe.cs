using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.WebChat;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>
/// What an attacker who reads the log would look for, exercised on a running bot: the bootstrap admin's code, invite codes
/// in links and in <c>/start</c>, a sign-in link's token, a ballot code voted with. Returns every secret it used.
/// </summary>
static class SecretsProbe
{
    public static async Task<IReadOnlyList<string>> Run(string baseUrl, string databasePath)
    {
        var bootstrap = Regex.Match(await File.ReadAllTextAsync(databasePath + ".first-admin.txt"), @"/start (\S+)").Groups[1].Value;
        var key = (await File.ReadAllTextAsync(databasePath + ".apikey")).Trim();
        using var api = new HttpClient { BaseAddress = new Uri(baseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        var invited = await NewInvite(api, "郑亚娜");
        var another = await NewInvite(api, "钱卫东");
        var token = Secrets.New();
        const string ballot = "K7M2Q9XH";

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };
        await browser.GetAsync($"/chat?invite={invited}");
        await browser.GetAsync($"/chat/link/{token}");
        await browser.PostAsync($"/chat/link/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));
        await browser.GetAsync($"/v/{ballot}");
        await browser.PostAsync($"/v/{ballot}", new FormUrlEncodedContent(new Dictionary<string, string> { ["grade"] = "1" }));
        var form = await browser.GetStringAsync("/chat");
        var signIn = await browser.PostAsync("/chat?handler=SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = bootstrap, ["__RequestVerificationToken"] = WebChatApp.Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var chat = await browser.GetStringAsync("/chat");
        var sent = await browser.PostAsync("/chat?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["message"] = "/start " + another, ["__RequestVerificationToken"] = WebChatApp.Token(chat),
        }));
        Assert.True(sent.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NoContent, $"sending /start answered {sent.StatusCode}");
        return [bootstrap, invited, another, token, ballot];
    }

    static async Task<string> NewInvite(HttpClient api, string name)
    {
        var response = await api.PostAsJsonAsync("/api/members", new { name, roles = new[] { "examiner" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["inviteCode"].ToString()!;
        Assert.Equal(22, code.Length);
        return code;
    }
}
