namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string ReasonRequired(string item, decimal max, decimal value) =>
        $"没有保存：{item} {F(value)} 分低于满分 {F(max)}，本期要求写扣分原因。请在分数后面写原因，例如“{F(value)} 会议记录缺两次”或“{F(value)}(会议记录缺两次)”；满分不用写。";
    public override string ReasonsRequiredHint => "低于满分须写扣分原因，写在分数后面，如“10 会议记录缺两次”。";
    public override string CurrentReason(string reason) => $"扣分原因：{reason}";
    public override string SavedItemWithReason(string item, decimal value, string reason) => $"✓ {item}：{F(value)} 分（扣分原因：{reason}）";
    public override string ReasonBracketUnclosed =>
        "没有保存：括号没有配对。扣分原因写在分数后面的括号里，例如“19 5.5 10(会议记录缺两次) …”，或在单项提示下写“10 会议记录缺两次”。";
    public override string ReasonTooLong(int max) => $"没有保存：扣分原因最多 {max} 个字。";

    public override string QuickEntryReasonMissing(int number, string item, decimal max, string typed) =>
        $"第 {number} 项 {item}（满分 {F(max)}）：“{Shorten(typed)}”低于满分，没写扣分原因";
    public override string QuickEntryReasonsRefused(IEnumerable<string> problems, int count) =>
        $"没有保存，本期要求低于满分的项写扣分原因：\n{string.Join("\n", problems)}\n请在这些分数后面用括号写原因，例如“19 5.5 10(会议记录缺两次) …”；共 {count} 个数。";

    public override string ReviewReason(string reason) => $" · 原因：{reason}";
    public override string WhichReasons(IReadOnlyList<int> numbers, bool required) =>
        $"哪些扣分要写原因？第 {string.Join("、", numbers)} 项低于满分，{(required ? "本期要求写原因，" : "")}还没写原因。" +
        $"输入“项号 原因”，例如“{numbers[0]} 会议记录缺两次”（几项可以分几行写）。";
    public override string ReasonSaved(int number, string item, string reason) => $"✓ 第 {number} 项 {item}：扣分原因“{reason}”";
    public override string ReasonForFullMarks(int number, string item) => $"第 {number} 项 {item} 是满分，不用写扣分原因。";
    public override string ReasonForUnscored(int number, string item) => $"第 {number} 项 {item} 还没评分：先输入“改{number}”评分，分数后面可以直接写原因。";

    public override string SheetDeductions(string village, IEnumerable<string> lines) => $"{village} 扣分及原因：\n{string.Join("\n", lines)}";
    public override string SheetDeductionLine(string category, int number, string item, decimal score, decimal max, string? reason) =>
        $"{category} {number}. {item} {F(score)}/{F(max)}：{reason ?? "（未写原因）"}";
}
