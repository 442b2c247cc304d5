using System.Diagnostics;
using System.Net;
using System.Text;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.WebChat;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 4: an open live transcript kept delivering for up to ~24 s after its session ended.</summary>
public sealed class LiveTranscriptTests
{
    [Fact]
    public async Task AnOpenStreamEndsWithinASecondOfSignOut()
    {
        await using var app = WebChatApp.Start();
        var (_, code) = app.Invite("郑亚娜", Role.Examiner);
        using var browser = app.Client();
        var token = await app.SignIn(browser, code);
        var stream = await Open(browser);

        var signOut = await browser.PostAsync("/chat?handler=SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var clock = Stopwatch.StartNew();

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.True(await Ends(stream, TimeSpan.FromSeconds(1)), "the stream still runs a second after sign-out");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"it ended after {clock.Elapsed}");
    }

    [Fact]
    public async Task AnOpenStreamEndsWithinASecondOfTheMembersRemoval()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("郑亚娜", Role.Examiner);
        using var browser = app.Client();
        await app.SignIn(browser, code);
        var stream = await Open(browser);
        using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", WebBotApp.ApiKey);

        var removed = await api.DeleteAsync($"/api/members/{member.Id}");

        Assert.True(removed.IsSuccessStatusCode, $"removing answered {removed.StatusCode}");
        // Checked every second: within one check and the answer's way back.
        Assert.True(await Ends(stream, TimeSpan.FromSeconds(1.5)), "the stream still runs after the member's removal");
    }

    /// <summary>Opens /chat/events and reads its first line, so the stream is live on the server.</summary>
    static async Task<Stream> Open(HttpClient browser)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/chat/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await browser.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer);
        Assert.StartsWith("retry:", Encoding.UTF8.GetString(buffer, 0, read));
        return stream;
    }

    /// <summary>Whether the server ends the stream within <paramref name="within"/>.</summary>
    static async Task<bool> Ends(Stream stream, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var buffer = new byte[4096];
        try
        {
            while (await stream.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
