using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeScore => "现场评分（考核组）";
    public override string ScoreHelp =>
        "评分：先选村，再选类别，然后逐项输入分数（0 到满分，最多两位小数，全角数字也可以）。\n" +
        "快速录入：在任一项提示下，一次发送本类全部分数（个数与项数相同，用空格、逗号、顿号或分号隔开）。\n" +
        "村名、类别名可以直接输入，输入其中一部分也行。";

    public override string ChooseVillage => "请选择要评分的村（也可以直接输入村名）：";
    public override string NoVillages => "还没有任何村，请管理员先添加。";
    public override string VillageButton(string name, int scored, int total, bool isSealed) =>
        $"{(isSealed ? "🔒 " : scored == total ? "✓ " : "")}{name} {scored}/{total}";
    public override string VillageNotFound(string typed) =>
        typed.Length == 0 ? "请点按钮选择村，或输入村名。" : $"没有找到“{Shorten(typed)}”。请点按钮，或输入村名（输入一部分也可以）。";
    public override string Ambiguous(string typed, IEnumerable<string> candidates) =>
        $"“{Shorten(typed)}”对应多个：{string.Join("、", candidates)}。请输入更完整的名称，或点按钮。";
    public override string VillageGone => "这个村已被删除，请重新选择。";
    public override string Sealed(string village, string signedBy) => $"{village} 的评分表已签字密封，签字人 {signedBy}，不能再修改。";
    public override string AlreadyFirstStep => "已经是第一步了。";

    public override string ChooseCategory(string village, int scored, int total, decimal onsite) =>
        $"{village} · 已评 {scored}/{total} 项 · 现场考核得分 {F(onsite)}\n请选择类别（✓ 为已确认，也可以输入类别名）：";
    public override string CategoryButton(string name, int scored, int count, decimal score, bool finished) =>
        finished ? $"✓ {name} {F(score)}分" : $"{name} {scored}/{count}";
    public override string ChangeVillage => "换村";
    public override string CategoryNotFound(string typed, int count) =>
        $"没有找到类别“{Shorten(typed)}”。请点按钮，或输入类别名、序号（1–{count}）。";
    public override string AllCategoriesFinished(string village) => $"{village} 全部类别都已确认。";

    public override string ItemPrompt(string category, int number, int count, string item, decimal max, decimal? current, decimal subtotal, int scored) =>
        $"{category} {number}/{count} · {item}（满分 {F(max)} 分）" +
        (current is { } c ? $"\n现有分数：{F(c)}" : "") +
        $"\n本类小计 {F(subtotal)}（已评 {scored}/{count}）" +
        $"\n请输入 0–{F(max)} 的分数；一次输入 {count} 个数可录入整类。";
    public override string FullMarks => "满分";
    public override string Zero => "0";
    public override string Skip => "跳过";
    public override string Previous => "上一项";
    public override string SavedItem(string item, decimal value) => $"✓ {item}：{F(value)} 分";
    public override string SkippedItem(string item) => $"已跳过：{item}";

    public override string PointsProblem(PointsError error, string typed, decimal max) => error switch
    {
        PointsError.Empty => $"请输入分数：0–{F(max)}，最多两位小数。",
        PointsError.Negative => $"分数不能是负数。请输入 0–{F(max)} 的数。",
        PointsError.TooManyDecimals => $"“{Shorten(typed)}”小数太多，最多两位小数（如 {F(max / 2)}）。",
        PointsError.AboveMaximum => $"“{Shorten(typed)}”超过了满分 {F(max)}。请输入 0–{F(max)} 的数。",
        PointsError.DecimalComma => $"“{Shorten(typed)}”有歧义：小数请用小数点（如 5.5）。请输入 0–{F(max)} 的数。",
        PointsError.TooLong => $"“{Shorten(typed)}”太长了。请输入 0–{F(max)} 的数，最多两位小数。",
        _ => $"“{Shorten(typed)}”不是分数。请输入 0–{F(max)} 的数，最多两位小数，或点按钮。",
    };
    public override string DecimalCommaAmbiguous(string typed, int count) =>
        $"“{Shorten(typed)}”有歧义：是小数还是两个分数？小数请用小数点（如 5.5）；整类录入请输入 {count} 个数。";
    public override string WrongCount(int typed, int count) =>
        $"您输入了 {typed} 个数。单项请输入 1 个数；整类录入请输入 {count} 个数（本类共 {count} 项）。没有保存。";
    public override string QuickEntryRefused(IEnumerable<string> problems, int count) =>
        $"没有保存，以下各项有误：\n{string.Join("\n", problems)}\n每项应为 0 到该项满分之间的数，最多两位小数；共 {count} 个数。";
    public override string QuickEntryProblem(int number, string item, decimal max, string typed, PointsError error) =>
        $"第 {number} 项 {item}（满分 {F(max)}）：“{Shorten(typed)}”" + error switch
        {
            PointsError.AboveMaximum => "超过满分",
            PointsError.Negative => "是负数",
            PointsError.TooManyDecimals => "超过两位小数",
            _ => "不是分数",
        };

    public override string Review(string village, string category, IEnumerable<string> lines, decimal raw, decimal score, decimal max, IReadOnlyList<int> missing) =>
        $"请核对：{village} · {category}\n{string.Join("\n", lines)}\n本类小计 {F(raw)}" +
        (raw > max && score < raw ? $"\n⚠ 超过本类满分 {F(max)}，按 {F(score)} 分计。" : "") +
        (missing.Count > 0 ? $"\n⚠ 还有 {missing.Count} 项未评：第 {string.Join("、", missing)} 项。" : "") +
        "\n无误请点“确认”；要修改，点“改N”或输入“修改第N项”。";
    public override string ReviewLine(int number, string item, decimal? score, decimal max) =>
        $"{number}. {item} {(score is { } s ? F(s) : "未评")}/{F(max)}";
    public override string Confirm => "确认";
    public override string EditButton(int number) => $"改{number}";
    public override string ReviewHint(int count) => $"请点“确认”，或输入“修改第N项”（N 为 1–{count}）。";
    public override string NoSuchItem(int number, int count) => $"没有第 {number} 项，本类共 {count} 项。";
    public override string Confirmed(string category, decimal score) => $"✓ 已确认：{category} {F(score)} 分。";

    public override string ItemCriteria(string criteria) =>
        $"评分标准：{ShortCriteria(criteria)}" + (CriteriaCut(criteria) ? $"（发送“{CriteriaWord}”看全文）" : "");
    public override string CriteriaWord => "标准";
    public override string WholeCriteria(string item, string criteria) => $"“{item}”的评分标准：\n{criteria.Trim()}";
    public override string BlockEntryHint(string block, int count) => $"一次输入 {count} 个数可录入“{block}”的 {count} 项。";
    public override string WrongCountInBlock(int typed, int count, string block, int blockCount) =>
        $"您输入了 {typed} 个数。单项请输入 1 个数；“{block}”请输入 {blockCount} 个数；整类请输入 {count} 个数。没有保存。";
    public override string ReviewBlock(string path, decimal max) => $"▸ {path}（{F(max)} 分）";
    public override string SavedBlock(string block, int count, decimal sum) => $"✓ {block}：{count} 项已保存，合计 {F(sum)} 分";
}
