using System.Net;
using System.Text;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Postgres;
using ChatAppraisal.Tests.WebChat;

namespace ChatAppraisal.Tests.ScaleOut;

/// <summary>
/// Two whole bots on one PostgreSQL database behind one address, as nginx spreads a browser's requests: the session cookie
/// one process sealed opens the other (the sign-in keys are in the database), and a page's live transcript open on one
/// process shows the reply the other one wrote (NOTIFY).
/// </summary>
public sealed class TwoBrowserProcessesTests : IAsyncLifetime
{
    readonly TestPostgres _database = new();
    WebChatApp _first = null!, _second = null!;

    public Task InitializeAsync()
    {
        _first = WebChatApp.Start(settings: _database.With(null));
        _second = WebChatApp.Start(settings: _database.With(null));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ASignInOnOneProcessHoldsOnTheOtherAndItsLiveTranscriptShowsTheOthersReply()
    {
        var (_, code) = _first.Invite("郑亚娜", Role.Examiner);
        var cookies = new CookieContainer(); // one browser: cookies are per host, whichever process answers
        using var toFirst = Client(_first, cookies);
        using var toSecond = Client(_second, cookies);
        var token = await _first.SignIn(toFirst, code);

        // The other process opens the page and the live stream with the first one's cookie.
        Assert.Contains("郑亚娜", await toSecond.GetStringAsync("/chat"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/chat/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var events = await toSecond.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        var stream = await events.Content.ReadAsStreamAsync();
        var seen = new StringBuilder();
        await ReadUntilAsync(stream, seen, "retry:", TimeSpan.FromSeconds(5));
        var transcriptSoFar = seen.Length;

        // The message goes to the first process, which answers it; the stream on the second shows both.
        var sent = await toFirst.PostAsync("/chat?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["message"] = "/help", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await ReadUntilAsync(stream, seen, "/score", TimeSpan.FromSeconds(5)); // the help lists the commands
        Assert.Contains("\"/help\"", seen.ToString()[transcriptSoFar..]);
    }

    static HttpClient Client(WebChatApp app, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = new Uri(app.BaseUrl) };

    static async Task ReadUntilAsync(Stream stream, StringBuilder seen, string text, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var buffer = new byte[8192];
        while (!seen.ToString().Contains(text, StringComparison.Ordinal))
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The live transcript did not show \"{text}\" within {within.TotalSeconds} s; it showed:\n{seen}");
            }
            if (read == 0) throw new InvalidOperationException("The live transcript ended; it showed:\n" + seen);
            seen.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _database.Dispose();
    }
}
