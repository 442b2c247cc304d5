using ChatAppraisal.Members;

namespace ChatAppraisal;

/// <summary>The browser chat (bot/Channels/Web, the page at /chat) and its sign-in (bot/Web/SignIn), with /web.</summary>
public abstract partial class Texts
{
    // /web in any chat
    public abstract string DescribeWeb { get; }
    public abstract string WebSignInLink(string link, int minutes);

    // The sign-in form
    public abstract string ChatTitle { get; }
    public abstract string SignInHeading { get; }
    public abstract string SignInIntro { get; }
    public abstract string InviteCodeLabel { get; }
    public abstract string SignInButton { get; }
    public abstract string SignInHowToGetCode { get; }
    public abstract string SignInCodeUnknown { get; }
    public abstract string SignInCodeEmpty { get; }
    public abstract string SignInThrottled(int seconds, int perMinute);
    public abstract string SignInFormExpired { get; }

    // The single-use sign-in link (/chat/link/...)
    public abstract string LinkHeading { get; }
    public abstract string LinkIntro(string memberName) ;
    public abstract string LinkUnknown { get; }
    public abstract string LinkUsed { get; }
    public abstract string LinkExpired { get; }
    public abstract string LinkAskAgain { get; }

    // 403 for pages that need a role
    public abstract string PageNeedsRole(Role role, IReadOnlyList<Role> memberRoles);
    public abstract string PageForbiddenTitle { get; }
    /// <summary>Who gives roles: the admins by name (roles are an admin's to give), or the word when there is none.</summary>
    public abstract string PageForbiddenWhatNow(IReadOnlyList<string> admins);
    public abstract string OpenChat { get; }

    // The chat page
    public abstract string SignedInAs(string memberName, IReadOnlyList<Role> roles);
    public abstract string SignOutButton { get; }
    public abstract string TranscriptLabel { get; }
    public abstract string TranscriptEmpty { get; }
    public abstract string MessageLabel { get; }
    public abstract string MessagePlaceholder { get; }
    public abstract string SendButton { get; }
    public abstract string AttachLabel { get; }
    public abstract string AttachButton { get; }
    public abstract string FileTooLarge(int megabytes);
    public abstract string FileEmpty { get; }
    public abstract string MessageEmpty { get; }
    public abstract string SendFailed { get; }
    public abstract string Reconnecting { get; }
    public abstract string YouSaid { get; }
    public abstract string BotSaid { get; }
    public abstract string Download(string fileName, string size);
    public abstract string EnlargeHint { get; }
    public abstract string CloseImage { get; }
    public abstract string FileSent(string fileName, string size);
    public abstract string ChatFormExpired { get; }

    public abstract string DescribeConsole { get; }
    public abstract string ConsoleSignInLink(string link, int minutes);
}
