using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Bot.Channels.Web;

public static class WebChatExtensions
{
    /// <summary>
    /// The browser chat at <c>/chat</c> on Admin:Urls, always on: the sign-in (invite codes, /web links, the session
    /// cookie) and <c>/web</c>. Needs <c>AddPages()</c> (Razor Pages, anti-forgery, Web:PublicBaseUrl). See docs/webchat.md.
    /// </summary>
    public static WebApplicationBuilder AddWebChatChannel(this WebApplicationBuilder builder)
    {
        builder.AddWebSignIn();
        builder.Services.AddChatCommand<WebCommand>();
        return builder;
    }

    /// <summary>The browser chat's endpoints beside its pages.</summary>
    public static WebApplication MapWebChat(this WebApplication app) => app;
}
