namespace ChatAppraisal.Conversations;

/// <summary>
/// The words a person may type instead of pressing a button or naming a command's option, in both languages: the
/// chat's parsers read them whatever the member's language. (A command's own words stay declared beside the command.)
/// </summary>
public static class TypedWords
{
    public static readonly string[] Confirm = ["确认", "confirm"];
    public static readonly string[] Cancel = ["取消", "cancel"];
    public static readonly string[] Sign = ["签字", "sign"];
    public static readonly string[] SignAnyway = ["仍然签字", "签字密封", "确认", "sign", "confirm"];
    public static readonly string[] Done = ["完成", "done"];
    public static readonly string[] Skip = ["跳过", "skip"];
    /// <summary>The office's answers to an objection (/objections 3 采纳 13, /objections 3 驳回 REASON).</summary>
    public static readonly string[] Uphold = ["采纳", "uphold"];
    public static readonly string[] Reject = ["驳回", "reject"];
    public static readonly string[] AsText = ["text", "文字"];
    public static readonly string[] Off = ["off", "关闭", "暂停"];
    public static readonly string[] On = ["on", "开启", "恢复"];
    public static readonly string[] Due = ["due", "截止"];
    public static readonly string[] Clear = ["clear", "清除"];
    public static readonly string[] CloseBallot = ["close", "关闭", "结束"];
    public static readonly string[] AddSlips = ["add", "加", "加票"];

    /// <summary>Whether the typed text (trimmed, any case) is one of the words.</summary>
    public static bool Means(string typed, IEnumerable<string> words) =>
        words.Contains(typed.Trim(), StringComparer.OrdinalIgnoreCase);
}
