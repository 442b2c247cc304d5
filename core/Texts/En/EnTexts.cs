using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal;

public sealed partial class EnTexts : Texts
{
    public override string Language => "en";

    public override string Sorry => "Sorry, something went wrong with that message. Please send it again; nothing saved was lost.";
    public override string SomethingWentWrong => "Sorry, something went wrong on our side. Please try again in a moment.";
    public override string HowToJoin => "Hello! This is the village target-management appraisal. You have not joined yet: ask an admin for an invite code, then send /start CODE";
    public override string Unsupported => "I cannot read photos, stickers or voice messages. Please answer with text or a button.";
    public override string ButtonExpired => "This button has expired.";
    public override string TooLong(int max) => $"That message is too long (at most {max} characters).";
    public override string UnknownCommand(string name) => $"There is no command /{name}. Send /help to see the commands.";

    public override string NeedsRole(string command, Role role, IReadOnlyList<Role> memberRoles) =>
        $"/{command} needs the role \"{RoleName(role)}\"; your roles: {(memberRoles.Count == 0 ? "none" : RoleList(memberRoles))}.";

    public override string Idle => "Nothing is in progress. Send /help to see the commands.";
    public override string NothingToCancel => "Nothing is in progress.";
    public override string Cancelled => "Stopped. Every score saved so far is kept.";
    public override string NothingToGoBack => "There is no previous step.";
    public override string HelpHeader(string memberName, IReadOnlyList<Role> roles) => $"{memberName} ({RoleList(roles)}), your commands:";
    public override string HelpAlways => "/help (帮助) — this help (keeps your place)\n/cancel (取消, 退出) — leave the current dialog, keeping what was saved\n/back (返回, 上一步) — the previous step\n" + HelpWords;

    public override string RoleName(Role role) => role switch
    {
        Role.Examiner => "examiner",
        Role.GroupLeader => "group leader",
        Role.Leader => "leadership member",
        Role.Office => "appraisal office",
        Role.Admin => "admin",
        Role.Village => "village official",
        Role.County => "county appraisal office",
        _ => RoleNames.Name(role),
    };

    public override string Welcome(string name, IReadOnlyList<Role> roles) =>
        $"Welcome, {name}! Your roles: {RoleList(roles)}. Send /help to see your commands.";

    public override string InviteUnknown => "That invite code is not right. Check it and send /start CODE again.";
    public override string InviteExpired => "That invite code has expired; ask an admin for a new one.";
    public override string InviteUsed => "That invite code has been used already (each code works once); ask an admin for a new one.";
    public override string InviteMemberRemoved => "The member of that invite has been removed; contact an admin.";
    public override string DescribeHelp => "Help (keeps your place)";
    public override string DescribeCancel => "Leave the current step; what was saved stays";
    public override string DescribeBack => "Back one step";
    public override string DescribeStart => "join or rebind: /start CODE";
    public override string DescribeLang => "language: /lang zh 中文, /lang en English";
    public override string LanguageUsage => "Send /lang zh (中文) or /lang en (English).";
    public override string LanguageSet => "Replies are now in English.";
    public override string DescribeInvite => "invite a member: /invite NAME ROLE[,ROLE]";
    public override string InviteUsage =>
        "Usage: /invite NAME ROLE[,ROLE]\nExample: /invite Zhang examiner\nRoles: examiner, group-leader, leader, office, admin, village (then the village: /invite Wang village 上庄村)";
    public override string InviteUnknownRoles(IReadOnlyList<string> unknown) =>
        $"{(unknown.Count > 0 ? $"Unknown role: {string.Join(", ", unknown)}. " : "")}Roles are {string.Join(", ", RoleNames.Names)}, separated by commas.";
    public override string InviteNameTooLong(int max) => $"That name is too long (at most {max} characters).";
    public override string InviteDuplicateName(string name) => $"A member is already called {name}; names must differ. Nobody was added. Add a note, e.g. \"{name} (farming)\".";

    public override string InviteCreated(string name, IReadOnlyList<Role> roles, string code, IReadOnlyDictionary<string, string> links, DateTime expiresAtUtc) =>
        $"Added {name} ({RoleList(roles)}).\nThey join by sending: /start {code}" + JoinLines(links, "or with the link ({0}): {1}") +
        $"\nThe code works once, until {expiresAtUtc:yyyy-MM-dd HH:mm} UTC.";

    public override string ChannelName(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "wecom" => "WeCom",
        "web" => "browser chat",
        "console" => "console",
        _ => channel,
    };

    public override string MenuIntro(string name) => $"Hello {name}. This bot runs the villages' annual target-management appraisal. You can:";
    public override string MenuLabel(string command, string word) => command switch { "score" => "Score", "rate" => "Rate villages", "myratings" => "My ratings", "sign" => "Sign a sheet", "progress" => "Progress", "ranking" => "Ranking", "export" => "Export", "help" => "Help", "back" => "Back", "cancel" => "Cancel", _ => word };
    public override string AppMenuName(Channels.AppMenuGroup group) => group switch { Channels.AppMenuGroup.Appraisal => "Appraisal", Channels.AppMenuGroup.View => "View", _ => "Help" };
    public override string WordsOf(IReadOnlyList<string> words) => words.Count == 0 ? "" : $" ({string.Join(", ", words)})";
    public override string HelpWords => "Commands also answer to their Chinese words, e.g. 评分, 排名 文字, 评分表 新庄村; inside a dialog a village or category name, or a score, is still an answer.";
}
