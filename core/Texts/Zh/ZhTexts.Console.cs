namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string ConsoleIntro(string memberName, int villages, bool samplesLoaded, string logFile) =>
        $"本机聊天（终端）。您以“{memberName}”身份登录，拥有全部角色。\n" +
        (samplesLoaded ? $"新数据库已载入 {villages} 个示例村（名称带“（示例）”，可由管理员删除）。\n" : "") +
        $"输入“评分”（或 /score）开始评分，“帮助”查看命令；按钮可输入编号或按钮文字选择；Ctrl+D 退出。日志写在 {logFile}";
    public override string ConsoleNumbersHint => "（此处输入的数字是分数；选按钮请输入 #编号 或按钮文字）";
    public override string ConsoleFileSaved(string what, string path) => $"[{what}] 已保存到 {path}";
    public override string ConsoleBye => "输入结束，再见。";
}
