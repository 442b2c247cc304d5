using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string AdjustmentName(AdjustmentKind kind) => kind switch
    {
        AdjustmentKind.Bonus => "bonus",
        AdjustmentKind.Deduction => "deduction",
        _ => "veto",
    };

    public override string SideRules(Rubric rubric, AdjustmentKind kind, IReadOnlyList<AdjustmentDoc> entered)
    {
        var sb = new StringBuilder();
        if (kind == AdjustmentKind.Veto)
        {
            if (rubric.Veto.Count == 0) return "This plan has no vetoes.";
            sb.AppendLine("Vetoes:");
            for (var i = 0; i < rubric.Veto.Count; i++) sb.AppendLine($"{i + 1}. {rubric.Veto[i].Event} ({VetoConsequenceName(rubric.Veto[i].Consequence)})");
            sb.Append("Type: veto EVENT REASON, e.g. \"veto 1 on 3 May …\"; withdraw with \"veto EVENT withdraw\".");
        }
        else
        {
            var side = kind == AdjustmentKind.Bonus ? rubric.Bonus : rubric.Deductions;
            var name = AdjustmentName(kind);
            if (side is null || side.Lines.Count == 0) return $"This plan has no {name} lines.";
            sb.AppendLine($"The {name} lines{(side.Cap is { } cap ? $" (at most {F(cap)} in all)" : "")}:");
            for (var i = 0; i < side.Lines.Count; i++)
            {
                var l = side.Lines[i];
                sb.AppendLine($"{i + 1}. {l.Name}: {(l.PerEvent ? $"{F(l.Points)} per event (enter events × {F(l.Points)})" : $"at most {F(l.Points)}")}");
            }
            sb.Append($"Type: {name} LINE POINTS, e.g. \"{name} 1 {F(side.Lines[0].Points)}\"; 0 clears it.");
        }
        var mine = entered.Where(a => a.Kind == kind).ToList();
        if (mine.Count > 0)
            sb.Append("\nThis village has: " + string.Join("; ", mine.Select(a => kind == AdjustmentKind.Veto
                ? $"{LineName(rubric, a)} ({a.Reason})"
                : $"{LineName(rubric, a)} {F(a.Points)}")));
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
            SideEntryProblem.NoLine => $"There is no line '{Shorten(typed)}'. Nothing was saved.",
            SideEntryProblem.Ambiguous => $"'{Shorten(typed)}' matches several lines: {string.Join(", ", candidates)}. Type more of the name, or its number. Nothing was saved.",
            SideEntryProblem.NoPoints => $"Add the points after the line, e.g. \"{name} {Shorten(typed)} {F(l?.Points ?? 1)}\". Nothing was saved.",
            SideEntryProblem.NotAllowed when l is { PerEvent: true } => $"'{l.Name}' counts {F(l.Points)} per event: enter a whole multiple of {F(l.Points)}. Nothing was saved.",
            SideEntryProblem.NotAllowed when l is not null => $"'{l.Name}' takes at most {F(l.Points)} (above 0, at most 2 decimals). Nothing was saved.",
            SideEntryProblem.NotAllowed => "Those points are not allowed. Nothing was saved.",
            SideEntryProblem.OverCap => $"The {name} side counts at most {F(side?.Cap ?? 0)}; this line may take at most {F(room)} now. Nothing was saved.",
            _ => "Give the veto's reason: veto EVENT REASON. Nothing was saved.",
        };
        var rules = SideRules(rubric, kind, entered);
        return why.Length == 0 ? rules : why + "\n" + rules;
    }

    public override string SideSaved(AdjustmentKind kind, string line, decimal? points, decimal total, decimal? cap) =>
        (points is { } p ? $"Saved {AdjustmentName(kind)}: {line} {F(p)}." : $"Cleared {AdjustmentName(kind)}: {line}.") +
        $" The {AdjustmentName(kind)} side counts {F(total)}{(cap is { } c ? $"/{F(c)}" : "")}.";

    public override string VetoSaved(Veto veto, string? reason) => reason is null
        ? $"Veto withdrawn: {veto.Event}."
        : $"Veto recorded: {veto.Event} ({VetoConsequenceName(veto.Consequence)}). Reason: {reason}";

    public override string SidesHint(Rubric rubric)
    {
        var words = new List<string>();
        if (rubric.Bonus is { Lines.Count: > 0 }) words.Add("\"bonus LINE POINTS\"");
        if (rubric.Deductions is { Lines.Count: > 0 }) words.Add("\"deduction LINE POINTS\"");
        if (rubric.Veto.Count > 0) words.Add("\"veto EVENT REASON\"");
        return words.Count == 0 ? "" : $"Bonus, deductions, vetoes: type {string.Join(", ", words)} (the word alone lists the lines).";
    }

    public override string VetoConsequenceName(VetoConsequence consequence) => consequence == VetoConsequence.Last ? "ranked last" : "not graded 优秀";

    protected override string SheetSideLine(AdjustmentKind kind, decimal counted, decimal? cap, IReadOnlyList<(string Name, decimal Points)> lines) =>
        $"{(kind == AdjustmentKind.Bonus ? "Bonus" : "Deductions")} {F(counted)}{(cap is { } c ? $"/{F(c)}" : "")}" +
        (lines.Count == 0 ? ": none" : ": " + string.Join("; ", lines.Select(l => $"{l.Name} {F(l.Points)}")));

    protected override string SheetVetoLine(IReadOnlyList<(Veto Veto, string? Reason)> vetoes) =>
        vetoes.Count == 0 ? "Vetoes: none" : "Veto: " + string.Join("; ", vetoes.Select(v => $"{v.Veto.Event} ({VetoConsequenceName(v.Veto.Consequence)}), reason: {v.Reason}"));

    public override string RankingAdjustments(RankedVillage r)
    {
        var parts = new List<string>();
        if (r.Result.Bonus != 0) parts.Add($"+{F(r.Result.Bonus)}");
        if (r.Result.Deductions != 0) parts.Add($"−{F(r.Result.Deductions)}");
        if (r.Result.Vetoes.Count > 0) parts.Add("veto");
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

    public override string GradeLine(string grade) => $"Grade: {grade}";
}
