using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string ChangedAfterSealNote(IEnumerable<(string Village, decimal AtSeal, decimal Now)> villages) =>
        "⚠ 签字密封后综合得分有变化（党政班子成员评分在签字密封后改过，详见日志）："
        + string.Join("；", villages.Select(v => $"{v.Village} {Points.Format(v.AtSeal)} → {Points.Format(v.Now)}")) + "。";
    public override string ChangedAfterSealMark(decimal atSeal) => $"⚠ 签字密封后有变化（签字密封时 {Points.Format(atSeal)}）";
}
