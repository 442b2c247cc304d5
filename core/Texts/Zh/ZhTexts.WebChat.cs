using ChatAppraisal.Members;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeWeb => "网页版聊天：发一个登录链接（10 分钟内有效，只能用一次）";
    public override string WebSignInLink(string link, int minutes) =>
        $"网页版聊天登录链接（{minutes} 分钟内有效，只能用一次，请勿转发）：\n{link}\n在手机或电脑的浏览器里打开，点“登录”即可。";

    public override string ChatTitle => "综合考核 · 网页版聊天";
    public override string SignInHeading => "登录网页版聊天";
    public override string SignInIntro => "请输入管理员发给您的邀请码。已在 Telegram 或企业微信里使用本系统的，可以在那里发送 /web 获取登录链接。";
    public override string InviteCodeLabel => "邀请码";
    public override string SignInButton => "登录";
    public override string SignInHowToGetCode => "没有邀请码？请向管理员要一个（管理员发送 /invite 姓名 角色）。每个邀请码只能用一次。";
    public override string SignInCodeUnknown => "邀请码不对，没有登录。请核对后再输入。";
    public override string SignInCodeEmpty => "请输入邀请码。";
    public override string SignInThrottled(int seconds, int perMinute) =>
        $"登录尝试太多：同一网络地址每分钟最多尝试 {perMinute} 次。请在 {seconds} 秒后再试。";
    public override string SignInFormExpired => "这个页面已过期，没有登录。请重新输入邀请码。";

    public override string LinkHeading => "登录网页版聊天";
    public override string LinkIntro(string memberName) => $"点下面的“登录”，以“{memberName}”的身份进入网页版聊天。";
    public override string LinkUnknown => "这个登录链接不对。";
    public override string LinkUsed => "这个登录链接已经用过了，每个链接只能用一次。";
    public override string LinkExpired => "这个登录链接已过期（10 分钟内有效）。";
    public override string LinkAskAgain => "请在 Telegram 或企业微信里再发送一次 /web，获取新的链接；或者用邀请码登录。";

    public override string PageNeedsRole(Role role, IReadOnlyList<Role> memberRoles) =>
        $"这个页面需要“{RoleName(role)}”角色；您的角色：{(memberRoles.Count == 0 ? "无" : RoleList(memberRoles))}。";

    public override string PageForbiddenTitle => "没有权限";
    public override string PageForbiddenWhatNow(IReadOnlyList<string> admins) =>
        admins.Count == 0 ? "如需这个角色，请联系管理员。" : $"如需这个角色，请联系管理员：{string.Join("、", admins)}。";
    public override string OpenChat => "打开聊天";

    public override string SignedInAs(string memberName, IReadOnlyList<Role> roles) => $"{memberName}（{RoleList(roles)}）";
    public override string SignOutButton => "退出登录";
    public override string TranscriptLabel => "聊天记录";
    public override string TranscriptEmpty => "还没有消息。发送 /help 查看可用的命令，考核组发送 /score 开始评分。";
    public override string MessageLabel => "消息";
    public override string MessagePlaceholder => "输入消息或命令";
    public override string SendButton => "发送";
    public override string AttachLabel => "照片或文件";
    public override string AttachButton => "发送文件";
    public override string FileTooLarge(int megabytes) => $"文件太大：每个文件最多 {megabytes} MB。没有发送。";
    public override string FileEmpty => "请选择一张照片或一个文件。";
    public override string MessageEmpty => "请输入消息。";
    public override string SendFailed => "没有发出去，请检查网络后再试。";
    public override string Reconnecting => "连接中断，正在重新连接…";
    public override string YouSaid => "我";
    public override string BotSaid => "考核助手";
    public override string Download(string fileName, string size) => $"下载 {fileName}（{size}）";
    public override string EnlargeHint => "点图片放大";
    public override string CloseImage => "关闭";
    public override string FileSent(string fileName, string size) => $"📎 {fileName}（{size}）";
    public override string ChatFormExpired => "页面已过期，没有发出去。请刷新页面后再发。";

    public override string DescribeConsole => "考核办公室控制台：发一个登录链接（10 分钟内有效，只能用一次）";
    public override string ConsoleSignInLink(string link, int minutes) =>
        $"控制台登录链接（{minutes} 分钟内有效，只能用一次，请勿转发）：\n{link}\n在电脑或手机的浏览器里打开，点“登录”即可。";
}
