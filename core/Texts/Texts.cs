using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal;

/// <summary>
/// Every sentence a chat user reads, one implementation per language (<see cref="ZhTexts"/>, <see cref="EnTexts"/>).
/// Partial: a feature adds its sentences in its own files (Texts.Score.cs, ZhTexts.Score.cs, EnTexts.Score.cs).
/// </summary>
public abstract partial class Texts
{
    public static readonly IReadOnlyList<string> Languages = ["zh", "en"];

    public static readonly Texts Zh = new ZhTexts(), En = new EnTexts();

    /// <summary>The texts of "zh" or "en"; anything else falls back to Chinese.</summary>
    public static Texts For(string? language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? En : Zh;

    public abstract string Language { get; }

    // The engine
    public abstract string Sorry { get; }

    /// <summary>When the engine itself failed (a channel apologises for it).</summary>
    public abstract string SomethingWentWrong { get; }
    public abstract string HowToJoin { get; }
    public abstract string Unsupported { get; }
    public abstract string ButtonExpired { get; }
    public abstract string TooLong(int max);
    public abstract string UnknownCommand(string name);
    public abstract string NeedsRole(string command, Role role, IReadOnlyList<Role> memberRoles);
    public abstract string Idle { get; }

    /// <summary>The line above the member's menu, shown when a message opens nothing.</summary>
    public abstract string MenuIntro(string name);

    /// <summary>A menu button's label: the command's Chinese word, or its English name.</summary>
    public abstract string MenuLabel(string command, string word);

    /// <summary>The name of one of a platform app's menus (WeCom's 自定义菜单: at most 16 bytes).</summary>
    public abstract string AppMenuName(Channels.AppMenuGroup group);

    /// <summary>A command's words after it in /help ("（评分、打分）").</summary>
    public abstract string WordsOf(IReadOnlyList<string> words);

    /// <summary>The one line of /help on typing words instead of commands.</summary>
    public abstract string HelpWords { get; }
    public abstract string NothingToCancel { get; }
    public abstract string Cancelled { get; }
    public abstract string NothingToGoBack { get; }
    public abstract string HelpHeader(string memberName, IReadOnlyList<Role> roles);
    public abstract string HelpAlways { get; }

    // Members, invites, language
    public abstract string RoleName(Role role);
    public string RoleList(IEnumerable<Role> roles) => string.Join(Language == "zh" ? "、" : ", ", roles.Select(RoleName));
    public abstract string Welcome(string name, IReadOnlyList<Role> roles);
    public abstract string InviteUnknown { get; }
    public abstract string InviteExpired { get; }
    public abstract string InviteUsed { get; }
    public abstract string InviteMemberRemoved { get; }
    public abstract string DescribeStart { get; }
    public abstract string DescribeHelp { get; }
    public abstract string DescribeCancel { get; }
    public abstract string DescribeBack { get; }
    public abstract string DescribeLang { get; }
    public abstract string LanguageUsage { get; }
    public abstract string LanguageSet { get; }
    public abstract string DescribeInvite { get; }
    public abstract string InviteUsage { get; }
    public abstract string InviteUnknownRoles(IReadOnlyList<string> unknown);
    public abstract string InviteNameTooLong(int max);
    public abstract string InviteDuplicateName(string name);
    /// <param name="links">Per running channel, its join link; channels without links are joined by sending the code.</param>
    public abstract string InviteCreated(string name, IReadOnlyList<Role> roles, string code, IReadOnlyDictionary<string, string> links, DateTime expiresAtUtc);

    /// <summary>A channel's name as people know it.</summary>
    public abstract string ChannelName(string channel);

    /// <summary>One line per channel that has a join link ("Telegram：点链接 …").</summary>
    protected string JoinLines(IReadOnlyDictionary<string, string> links, string format) =>
        string.Concat(links.Where(l => !l.Value.StartsWith('/')).OrderBy(l => l.Key == "telegram" ? 0 : 1).Select(l => "\n" + string.Format(format, ChannelName(l.Key), l.Value)));
}
