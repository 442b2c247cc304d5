using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string AdjustmentName(AdjustmentKind kind) => kind switch
    {
        AdjustmentKind.Bonus => "加分",
        AdjustmentKind.Deduction => "扣分",
        _ => "一票否决",
    };

    public override string SideRules(Rubric rubric, AdjustmentKind kind, IReadOnlyList<AdjustmentDoc> entered)
    {
        var sb = new StringBuilder();
        if (kind == AdjustmentKind.Veto)
        {
            if (rubric.Veto.Count == 0) return "本方案没有一票否决事项。";
            sb.AppendLine("一票否决事项：");
            for (var i = 0; i < rubric.Veto.Count; i++) sb.AppendLine($"{i + 1}. {rubric.Veto[i].Event}（{VetoConsequenceName(rubric.Veto[i].Consequence)}）");
            sb.Append("写法：否决 事项 理由，例如“否决 1 某月某日发生…”；撤销写“否决 事项 撤销”。");
        }
        else
        {
            var side = kind == AdjustmentKind.Bonus ? rubric.Bonus : rubric.Deductions;
            var name = AdjustmentName(kind);
            if (side is null || side.Lines.Count == 0) return $"本方案没有{name}项目。";
            sb.AppendLine($"{name}项目{(side.Cap is { } cap ? $"（合计最多 {F(cap)} 分）" : "")}：");
            for (var i = 0; i < side.Lines.Count; i++)
            {
                var l = side.Lines[i];
                sb.AppendLine($"{i + 1}. {l.Name}：{(l.PerEvent ? $"每次 {F(l.Points)} 分（录次数 × {F(l.Points)}）" : $"最多 {F(l.Points)} 分")}");
            }
            sb.Append($"写法：{name} 项目 分数，例如“{name} {ExampleName(side.Lines[0].Name)} {F(side.Lines[0].Points)}”；录 0 清除。");
        }
        var mine = entered.Where(a => a.Kind == kind).ToList();
        if (mine.Count > 0)
            sb.Append("\n本村已记：" + string.Join("；", mine.Select(a => kind == AdjustmentKind.Veto
                ? $"{LineName(rubric, a)}（{a.Reason}）"
                : $"{LineName(rubric, a)} {F(a.Points)} 分")));
        return sb.ToString();
    }

    public override string SideRefused(Rubric rubric, AdjustmentKind kind, SideEntryProblem problem, string typed, int? line, decimal room,
        IReadOnlyList<string> candidates, IReadOnlyList<AdjustmentDoc> entered)
    {
        var name = AdjustmentName(kind);
        var side = kind == AdjustmentKind.Bonus ? rubric.Bonus : rubric.Deductions;
        var l = side is not null && line is { } i && i < side.Lines.Count ? side.Lines[i] : null;
        var why = problem switch
        {
            SideEntryProblem.NoSide => "",
            SideEntryProblem.NoLine when typed.Length == 0 => "",
            SideEntryProblem.NoLine => $"没有“{Shorten(typed)}”这一项，未保存。",
            SideEntryProblem.Ambiguous => $"“{Shorten(typed)}”对应多项：{string.Join("、", candidates)}。请写得更完整，或写序号。未保存。",
            SideEntryProblem.NoPoints => $"请在项目后写上分数，例如“{name} {Shorten(typed)} {F(l?.Points ?? 1)}”。未保存。",
            SideEntryProblem.NotAllowed when l is { PerEvent: true } => $"“{l.Name}”每次 {F(l.Points)} 分，只能录 {F(l.Points)} 的整数倍（次数 × {F(l.Points)}）。未保存。",
            SideEntryProblem.NotAllowed when l is not null => $"“{l.Name}”最多 {F(l.Points)} 分（大于 0，最多两位小数）。未保存。",
            SideEntryProblem.NotAllowed => "分数不对。未保存。",
            SideEntryProblem.OverCap => $"{name}合计最多 {F(side?.Cap ?? 0)} 分，这一项现在最多还能录 {F(room)} 分。未保存。",
            _ => "请写明否决的理由：否决 事项 理由。未保存。",
        };
        var rules = SideRules(rubric, kind, entered);
        return why.Length == 0 ? rules : why + "\n" + rules;
    }

    public override string SideSaved(AdjustmentKind kind, string line, decimal? points, decimal total, decimal? cap) =>
        (points is { } p ? $"已记{AdjustmentName(kind)}：{line} {F(p)} 分。" : $"已清除{AdjustmentName(kind)}：{line}。") +
        $"{AdjustmentName(kind)}合计 {F(total)}{(cap is { } c ? $"/{F(c)}" : "")} 分。";

    public override string VetoSaved(Veto veto, string? reason) => reason is null
        ? $"已撤销一票否决：{veto.Event}。"
        : $"已记一票否决：{veto.Event}（{VetoConsequenceName(veto.Consequence)}）。理由：{reason}";

    public override string SidesHint(Rubric rubric)
    {
        var words = new List<string>();
        if (rubric.Bonus is { Lines.Count: > 0 }) words.Add("“加分 项目 分数”");
        if (rubric.Deductions is { Lines.Count: > 0 }) words.Add("“扣分 项目 分数”");
        if (rubric.Veto.Count > 0) words.Add("“否决 事项 理由”");
        return words.Count == 0 ? "" : $"加分、扣分、一票否决：直接写{string.Join("、", words)}（只写“加分”可查看项目）。";
    }

    public override string VetoConsequenceName(VetoConsequence consequence) => consequence == VetoConsequence.Last ? "排名最后" : "不得评为优秀";

    protected override string SheetSideLine(AdjustmentKind kind, decimal counted, decimal? cap, IReadOnlyList<(string Name, decimal Points)> lines) =>
        $"{AdjustmentName(kind)} {F(counted)}{(cap is { } c ? $"/{F(c)}" : "")} 分" +
        (lines.Count == 0 ? "：无" : "：" + string.Join("；", lines.Select(l => $"{l.Name} {F(l.Points)}")));

    protected override string SheetVetoLine(IReadOnlyList<(Veto Veto, string? Reason)> vetoes) =>
        vetoes.Count == 0 ? "一票否决：无" : "一票否决：" + string.Join("；", vetoes.Select(v => $"{v.Veto.Event}（{VetoConsequenceName(v.Veto.Consequence)}），理由：{v.Reason}"));

    public override string RankingAdjustments(RankedVillage r)
    {
        var parts = new List<string>();
        if (r.Result.Bonus != 0) parts.Add($"加{F(r.Result.Bonus)}");
        if (r.Result.Deductions != 0) parts.Add($"扣{F(r.Result.Deductions)}");
        if (r.Result.Vetoes.Count > 0) parts.Add("一票否决");
        if (r.Grade is { } g) parts.Add(g);
        return string.Join(" ", parts);
    }

    static string LineName(Rubric rubric, AdjustmentDoc a) => a.Kind switch
    {
        AdjustmentKind.Bonus when rubric.Bonus is { } b && a.Line < b.Lines.Count => b.Lines[a.Line].Name,
        AdjustmentKind.Deduction when rubric.Deductions is { } d && a.Line < d.Lines.Count => d.Lines[a.Line].Name,
        AdjustmentKind.Veto when a.Line < rubric.Veto.Count => rubric.Veto[a.Line].Event,
        _ => $"{a.Line + 1}",
    };

    /// <summary>The line's name shortened for an example (its last four characters).</summary>
    static string ExampleName(string name) => name.Length <= 4 ? name : name[^4..];

    public override string GradeLine(string grade) => $"等次：{grade}";
}
