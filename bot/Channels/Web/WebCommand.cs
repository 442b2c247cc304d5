using ChatAppraisal.Bot.Web;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>
/// <c>/web</c> (网页版) in any chat: a single-use link, valid 10 minutes, that opens the browser chat signed in as this
/// member, on another device too. The link is written in the update's own transaction.
/// </summary>
public sealed class WebCommand(WebSignInLinks links, IOptions<WebOptions> options) : IChatCommand
{
    public string Name => "web";
    public IReadOnlyList<string> Words => ["网页"];
    public Role? Requires => null;
    public string Describe(Texts texts) => texts.DescribeWeb;

    public void Run(Turn turn, string args)
    {
        var token = links.Create(turn.Member.Id, turn.Texts.Language);
        turn.Say(turn.Texts.WebSignInLink(options.Value.PublicBaseUrl.TrimEnd('/') + WebSignInLinks.Path(token), (int)WebSignInLinks.Lifetime.TotalMinutes));
    }
}
