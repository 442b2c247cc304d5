using ChatAppraisal.Members;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeWeb => "Browser chat: a sign-in link (valid 10 minutes, once)";
    public override string WebSignInLink(string link, int minutes) =>
        $"Sign-in link for the browser chat (valid {minutes} minutes, works once, do not forward it):\n{link}\nOpen it in a browser on your phone or PC and press \"Sign in\".";

    public override string ChatTitle => "Appraisal · browser chat";
    public override string SignInHeading => "Sign in to the browser chat";
    public override string SignInIntro => "Enter the invite code the admin gave you. If you already use the bot on Telegram or WeCom, send /web there for a sign-in link.";
    public override string InviteCodeLabel => "Invite code";
    public override string SignInButton => "Sign in";
    public override string SignInHowToGetCode => "No code? Ask an admin for one (the admin sends /invite NAME ROLE). Each code works once.";
    public override string SignInCodeUnknown => "That invite code is not right; you are not signed in. Check it and enter it again.";
    public override string SignInCodeEmpty => "Please enter the invite code.";
    public override string SignInThrottled(int seconds, int perMinute) =>
        $"Too many sign-in attempts: one network address may try {perMinute} times a minute. Try again in {seconds} s.";
    public override string SignInFormExpired => "This page had expired; you are not signed in. Enter the invite code again.";

    public override string LinkHeading => "Sign in to the browser chat";
    public override string LinkIntro(string memberName) => $"Press \"Sign in\" below to enter the browser chat as \"{memberName}\".";
    public override string LinkUnknown => "This sign-in link is not right.";
    public override string LinkUsed => "This sign-in link has been used already; each link works once.";
    public override string LinkExpired => "This sign-in link has expired (it is valid for 10 minutes).";
    public override string LinkAskAgain => "Send /web again on Telegram or WeCom for a new link, or sign in with an invite code.";

    public override string PageNeedsRole(Role role, IReadOnlyList<Role> memberRoles) =>
        $"This page needs the role \"{RoleName(role)}\"; your roles: {(memberRoles.Count == 0 ? "none" : RoleList(memberRoles))}.";

    public override string PageForbiddenTitle => "Not allowed";
    public override string PageForbiddenWhatNow(IReadOnlyList<string> admins) =>
        admins.Count == 0 ? "To get this role, ask an admin." : $"To get this role, ask an admin: {string.Join(", ", admins)}.";
    public override string OpenChat => "Open the chat";

    public override string SignedInAs(string memberName, IReadOnlyList<Role> roles) => $"{memberName} ({RoleList(roles)})";
    public override string SignOutButton => "Sign out";
    public override string TranscriptLabel => "Conversation";
    public override string TranscriptEmpty => "No messages yet. Send /help for the commands; examiners send /score to start scoring.";
    public override string MessageLabel => "Message";
    public override string MessagePlaceholder => "Message or /command";
    public override string SendButton => "Send";
    public override string AttachLabel => "Photo or file";
    public override string AttachButton => "Send file";
    public override string FileTooLarge(int megabytes) => $"The file is too large: at most {megabytes} MB each. Not sent.";
    public override string FileEmpty => "Please choose a photo or a file.";
    public override string MessageEmpty => "Please type a message.";
    public override string SendFailed => "Not sent; check the network and try again.";
    public override string Reconnecting => "Connection lost, reconnecting…";
    public override string YouSaid => "Me";
    public override string BotSaid => "Appraisal bot";
    public override string Download(string fileName, string size) => $"Download {fileName} ({size})";
    public override string EnlargeHint => "Tap the image to enlarge";
    public override string CloseImage => "Close";
    public override string FileSent(string fileName, string size) => $"📎 {fileName} ({size})";
    public override string ChatFormExpired => "This page had expired and nothing was sent. Reload the page and send it again.";

    public override string DescribeConsole => "Office console: a sign-in link (valid 10 minutes, once)";
    public override string ConsoleSignInLink(string link, int minutes) =>
        $"Sign-in link for the office console (valid {minutes} minutes, works once, do not forward it):\n{link}\nOpen it in a browser and press \"Sign in\".";
}
