using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeRate => "党政班子成员评分，逐类引导：/rate [村名]（也可以直接发一条评分消息，见下）";
    public override string RateHelp =>
        "逐类输入分数（0 到该类最高分，最多两位小数）；/back 回到上一类。\n" +
        "也可以一次输入全部 15 个分数，或发送整条评分消息（村名 + 15 个分数）。";
    public override string DescribeMyRatings => "我的评分：已评和未评的村";

    public override string RateChooseVillage => "请选择要评分的村（也可以输入村名；✓ 为已评，再评会替换）：";
    public override string RateVillageButton(string village, decimal? total) => total is { } t ? $"✓ {village} {F(t)}分" : village;

    public override string RateCategoryPrompt(string village, int number, int count, string category, decimal cap, decimal? current) =>
        $"{village} · 第 {number}/{count} 类\n{category}（最高 {F(cap)} 分）" +
        (current is { } c ? $"\n现在：{F(c)}" : "") +
        $"\n请输入 0–{F(cap)} 的分数；一次输入 {count} 个数可全部录入。";
    public override string RateMax => "最高分";
    public override string RateKeep(decimal value) => $"保持 {F(value)}";
    public override string RatePrevious => "上一类";

    public override string RateValueProblem(PointsError error, string typed, string category, decimal cap, int count) => error switch
    {
        PointsError.AboveMaximum => $"“{Shorten(typed)}”超过了{category}的最高分 {F(cap)}。请输入 0–{F(cap)} 的数。",
        PointsError.Negative => $"分数不能是负数。请输入 0–{F(cap)} 的数。",
        PointsError.TooManyDecimals => $"“{Shorten(typed)}”小数太多，最多两位小数。请输入 0–{F(cap)} 的数。",
        PointsError.DecimalComma => $"“{Shorten(typed)}”有歧义：小数请用小数点（如 2.5）；全部录入请输入 {count} 个数。",
        PointsError.Empty => $"请输入 0–{F(cap)} 的分数。",
        _ => $"“{Shorten(typed)}”不是分数。请输入 0–{F(cap)} 的数，或一次输入全部 {count} 个分数。",
    };
    public override string RateConfirmHint => "请点“确认”保存，或点“取消”。要改某一类，用 /back 逐类返回，或重新发送整条评分。";

    public override string RateVillageOnly(string village) => $"要给{village}评分，请发送 /rate {village} 逐类打分，或者发一条消息：";
}
