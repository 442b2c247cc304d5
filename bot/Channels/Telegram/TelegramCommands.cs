using global::Telegram.Bot.Types;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>The command menu Telegram shows beside the input field, published with setMyCommands at start.</summary>
public static class TelegramCommands
{
    public sealed record Entry(string Command, string Chinese, string English);

    public static readonly IReadOnlyList<Entry> All =
    [
        new("start", "开始；用邀请码登记", "Start; register with an invite code"),
        new("help", "帮助", "Help"),
        new("score", "现场评分", "Score a village on site"),
        new("rate", "班子成员打分", "Rate villages (leadership)"),
        new("myratings", "我的打分", "My ratings"),
        new("sign", "组长签字封存评分表", "Sign and seal a score sheet"),
        new("progress", "评分进度", "Scoring progress"),
        new("ranking", "排名", "Ranking"),
        new("sheet", "查看评分表", "View a score sheet"),
        new("export", "导出 Excel", "Export to Excel"),
        new("invite", "生成邀请链接", "Create an invite link"),
        new("lang", "切换语言 中文/English", "Switch language 中文/English"),
        new("cancel", "取消当前操作", "Cancel the current step"),
        new("back", "返回上一步", "Back one step"),
    ];

    /// <summary>The Chinese list is the default; English-language clients get the English one.</summary>
    public static IReadOnlyList<BotCommand> For(string language) =>
        All.Select(e => new BotCommand(e.Command, language == "en" ? e.English : e.Chinese)).ToList();
}
