using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal;

public sealed partial class ZhTexts : Texts
{
    public override string Language => "zh";

    public override string Sorry => "抱歉，处理这条消息时出错了，请再发一次。已保存的内容不受影响。";
    public override string SomethingWentWrong => "抱歉，系统出了点问题，请稍后再试。";
    public override string HowToJoin => "您好！这里是村级目标管理综合考核。您还没有加入，请向管理员要邀请码，然后发送：/start 邀请码";
    public override string Unsupported => "图片、表情、语音等看不懂，请用文字或按钮回答。";
    public override string ButtonExpired => "这个按钮已过期。";
    public override string TooLong(int max) => $"消息太长了（最多 {max} 字）。";
    public override string UnknownCommand(string name) => $"没有 /{name} 这个命令。发送 /help 查看可用的命令。";

    public override string NeedsRole(string command, Role role, IReadOnlyList<Role> memberRoles) =>
        $"/{command} 需要“{RoleName(role)}”角色；您的角色：{(memberRoles.Count == 0 ? "无" : RoleList(memberRoles))}。";

    public override string Idle => "现在没有进行中的操作。发送 /help 查看可用的命令。";
    public override string NothingToCancel => "现在没有进行中的操作。";
    public override string Cancelled => "已退出。已保存的分数都保留着。";
    public override string NothingToGoBack => "现在没有可以返回的上一步。";
    public override string HelpHeader(string memberName, IReadOnlyList<Role> roles) => $"{memberName}（{RoleList(roles)}），可用命令：";
    public override string HelpAlways => "/help（帮助） — 帮助（不会打断当前操作）\n/cancel（取消、退出） — 退出当前操作，已保存的保留\n/back（返回、上一步） — 回到上一步\n" + HelpWords;

    public override string RoleName(Role role) => role switch
    {
        Role.Examiner => "考核组业务人员",
        Role.GroupLeader => "考核组长",
        Role.Leader => "党政班子成员",
        Role.Office => "考核办公室",
        Role.Admin => "管理员",
        Role.Village => "村干部",
        Role.County => "县考核办",
        _ => RoleNames.Name(role),
    };

    public override string Welcome(string name, IReadOnlyList<Role> roles) =>
        $"欢迎，{name}！您的角色：{RoleList(roles)}。发送 /help 查看可用的命令。";

    public override string InviteUnknown => "邀请码不对。请核对后再发：/start 邀请码";
    public override string InviteExpired => "邀请码已过期，请向管理员要一个新的。";
    public override string InviteUsed => "这个邀请码已经用过了，每个邀请码只能用一次。请向管理员要一个新的。";
    public override string InviteMemberRemoved => "邀请码对应的人员已被移除，请联系管理员。";
    public override string DescribeHelp => "帮助（不会打断当前操作）";
    public override string DescribeCancel => "退出当前操作，已保存的保留";
    public override string DescribeBack => "回到上一步";
    public override string DescribeStart => "加入或换绑：/start 邀请码";
    public override string DescribeLang => "语言：/lang zh 中文，/lang en English";
    public override string LanguageUsage => "请发送 /lang zh（中文）或 /lang en（English）。";
    public override string LanguageSet => "已切换为中文。";
    public override string DescribeInvite => "邀请人员：/invite 姓名 角色[,角色]";
    public override string InviteUsage =>
        "用法：/invite 姓名 角色[,角色]\n例如：/invite 张三 考核组业务人员\n角色：考核组业务人员（examiner），考核组长（group-leader），党政班子成员（leader），考核办公室（office），管理员（admin），村干部（village，后跟村名：/invite 王书记 village 上庄村）";
    public override string InviteUnknownRoles(IReadOnlyList<string> unknown) =>
        $"{(unknown.Count > 0 ? $"不认识的角色：{string.Join("、", unknown)}。" : "")}角色只能是：{string.Join("、", Enum.GetValues<Role>().Select(RoleName))}，多个用逗号或顿号分隔。";
    public override string InviteNameTooLong(int max) => $"姓名太长（最多 {max} 字）。";
    public override string InviteDuplicateName(string name) => $"已有成员叫“{name}”，姓名不能重复。没有添加。可以加个注明，例如“{name}(农业)”。";

    public override string InviteCreated(string name, IReadOnlyList<Role> roles, string code, IReadOnlyDictionary<string, string> links, DateTime expiresAtUtc) =>
        $"已添加 {name}（{RoleList(roles)}）。\n请{name}发送：/start {code}" + JoinLines(links, "或点链接（{0}）：{1}") +
        $"\n邀请码只能用一次，{expiresAtUtc.AddHours(8):yyyy-MM-dd HH:mm}（北京时间）前有效。";

    public override string ChannelName(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "wecom" => "企业微信",
        "web" => "网页聊天",
        "console" => "本机控制台",
        _ => channel,
    };

    public override string MenuIntro(string name) => $"{name}，您好。这里是村级目标管理综合考核的评分助手，您可以：";
    public override string MenuLabel(string command, string word) => word;
    public override string AppMenuName(Channels.AppMenuGroup group) => group switch { Channels.AppMenuGroup.Appraisal => "考核", Channels.AppMenuGroup.View => "查看", _ => "帮助" };
    public override string WordsOf(IReadOnlyList<string> words) => words.Count == 0 ? "" : $"（{string.Join("、", words)}）";
    public override string HelpWords => "命令也可以直接打中文词，如“评分”“排名 文字”“评分表 新庄村”；正在操作时，村名、类别名和分数仍按回答处理。";
}
