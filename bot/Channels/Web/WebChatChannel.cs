using ChatAppraisal.Bot.Web;
using ChatAppraisal.Bot.Web.SignIn;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>
/// The browser chat as the outbox sees it: sending is appending to the member's stored transcript, which the open pages
/// receive live (<c>/chat/events</c>). Chat ids are <c>m{memberId}</c>. See docs/webchat.md.
/// </summary>
public sealed class WebChatChannel(WebTranscript transcript, IOptions<WebOptions> options) : IChatChannel
{
    static readonly ChannelLimits WebLimits = new()
    {
        MaxTextLength = 4096,
        MaxCaptionLength = 1024,
        MaxButtons = 100,
        MaxButtonDataBytes = 256,
    };

    public string Name => WebAccounts.Channel;

    public string Describe() => $"browser chat at {BaseUrl}/chat";

    public ChannelLimits Limits => WebLimits;

    string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>The sign-in page with the code filled in; the code is used up when the person presses 登录.</summary>
    public string? InviteLink(string code) => $"{BaseUrl}/chat?invite={Uri.EscapeDataString(code)}";

    public Task SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        transcript.Deliver(chatId, reply);
        return Task.CompletedTask;
    }

    /// <summary>Only the database can fail here: a full disk or a busy file is worth another try, anything else is not.</summary>
    public SendFailure Classify(Exception error) => error is IOException || transcript.IsStorageFailure(error) ? SendFailure.Retry : SendFailure.GiveUp;
}
