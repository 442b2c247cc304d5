using ChatAppraisal.Bot.Web;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>
/// <c>/console</c> (控制台) in any chat, for the office and admins: the same single-use sign-in link as <c>/web</c>, which
/// opens the office console instead of the chat.
/// </summary>
public sealed class ConsoleLinkCommand(WebSignInLinks links, IOptions<WebOptions> options) : IChatCommand
{
    public const string ConsolePath = "/console";

    public string Name => "console";
    public IReadOnlyList<string> Words => ["控制台"];
    // Office or admin: a command names one role, so the other is checked here.
    public Role? Requires => null;
    public string Describe(Texts texts) => texts.DescribeConsole;

    public void Run(Turn turn, string args)
    {
        if (!turn.Member.Has(Role.Office) && !turn.Member.Has(Role.Admin))
        {
            turn.Say(turn.Texts.NeedsRole(Name, Role.Office, turn.Member.Roles));
            return;
        }
        var token = links.Create(turn.Member.Id, turn.Texts.Language);
        var link = options.Value.PublicBaseUrl.TrimEnd('/') + WebSignInLinks.Path(token) + "?returnUrl=" + Uri.EscapeDataString(ConsolePath);
        turn.Say(turn.Texts.ConsoleSignInLink(link, (int)WebSignInLinks.Lifetime.TotalMinutes));
    }
}
