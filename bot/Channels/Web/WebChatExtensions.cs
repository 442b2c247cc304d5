using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Bot.Channels.Web;

public static class WebChatExtensions
{
    /// <summary>
    /// The browser chat at <c>/chat</c> on Admin:Urls, always on: the sign-in (invite codes, /web links, the session
    /// cookie), the stored transcripts, the channel the outbox delivers through, and <c>/web</c>. Needs <c>AddPages()</c>
    /// (Razor Pages, anti-forgery, Web:PublicBaseUrl). See docs/webchat.md.
    /// </summary>
    public static WebApplicationBuilder AddWebChatChannel(this WebApplicationBuilder builder)
    {
        builder.AddWebSignIn();
        builder.Services.AddSingleton<WebChatSignals>();
        builder.Services.AddSingleton<WebTranscript>();
        builder.Services.AddSingleton<ChatAppraisal.Evidence.IStoredFiles, WebTranscriptFiles>();
        builder.Services.AddSingleton<UploadThrottle>();
        builder.Services.AddChatChannel<WebChatChannel>();
        builder.Services.AddChatCommand<WebCommand>();
        builder.Services.AddChatCommand<ConsoleLinkCommand>();
        return builder;
    }

    /// <summary>The browser chat's endpoints beside its pages: the live transcript, its files, the session check.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        WebChatEndpoints.Map(app);
        return app;
    }
}
