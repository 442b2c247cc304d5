using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;

namespace ChatAppraisal;

/// <summary>Why a bonus, deduction or veto typed in /score was not taken.</summary>
public enum SideEntryProblem
{
    /// <summary>The plan has no such side (or no vetoes).</summary>
    NoSide,
    /// <summary>No line (or veto) by that name or number; the word alone asks what is allowed.</summary>
    NoLine,
    Ambiguous,
    /// <summary>A side's entry without its points.</summary>
    NoPoints,
    NotAllowed,
    OverCap,
    ReasonRequired,
}

/// <summary>The plan's bonus and deduction sides, its vetoes and its grades: entered in /score, shown on the ranking and the sheet.</summary>
public abstract partial class Texts
{
    /// <summary>加分 / 扣分 / 一票否决.</summary>
    public abstract string AdjustmentName(AdjustmentKind kind);

    /// <summary>What the side (or the vetoes) allows, with the way to type it, and what the village has on it now.</summary>
    public abstract string SideRules(Rubric rubric, AdjustmentKind kind, IReadOnlyList<AdjustmentDoc> entered);

    /// <summary>Why the entry was refused (nothing saved), then <see cref="SideRules"/>.</summary>
    public abstract string SideRefused(Rubric rubric, AdjustmentKind kind, SideEntryProblem problem, string typed, int? line, decimal room,
        IReadOnlyList<string> candidates, IReadOnlyList<AdjustmentDoc> entered);

    /// <summary>A side's line saved (or, with null points, cleared), with the side's total as it counts now.</summary>
    public abstract string SideSaved(AdjustmentKind kind, string line, decimal? points, decimal total, decimal? cap);

    /// <summary>A veto recorded with its reason and consequence (or withdrawn).</summary>
    public abstract string VetoSaved(Veto veto, string? reason);

    /// <summary>One line under the category list in /score when the plan has a bonus side, a deduction side or vetoes.</summary>
    public abstract string SidesHint(Rubric rubric);

    /// <summary>The consequence of a veto, in words.</summary>
    public abstract string VetoConsequenceName(VetoConsequence consequence);

    /// <summary>The sheet's (and the sheet summary's) lines for the sides and vetoes, a veto's marked; none when the plan has none.</summary>
    public IReadOnlyList<SheetAdjustmentLine> SheetAdjustmentLines(Rubric rubric, IReadOnlyList<AdjustmentDoc> entered)
    {
        var lines = new List<SheetAdjustmentLine>();
        foreach (var (kind, side) in new[] { (AdjustmentKind.Bonus, rubric.Bonus), (AdjustmentKind.Deduction, rubric.Deductions) })
        {
            if (side is null) continue;
            var taken = entered.Where(a => a.Kind == kind && a.Line < side.Lines.Count).ToList();
            var sum = taken.Sum(a => a.Points);
            lines.Add(new SheetAdjustmentLine(SheetSideLine(kind, side.Cap is { } cap ? Math.Min(sum, cap) : sum, side.Cap,
                taken.Select(a => (side.Lines[a.Line].Name, a.Points)).ToList()), Veto: false));
        }
        if (rubric.Veto.Count > 0)
        {
            var vetoes = entered.Where(a => a.Kind == AdjustmentKind.Veto && a.Line < rubric.Veto.Count).ToList();
            lines.Add(new SheetAdjustmentLine(SheetVetoLine(vetoes.Select(a => (rubric.Veto[a.Line], a.Reason)).ToList()), Veto: vetoes.Count > 0));
        }
        return lines;
    }

    /// <summary><see cref="SheetAdjustmentLines"/> as text, one a line, a veto's after the warning sign; empty when the plan has none.</summary>
    public string SheetAdjustments(Rubric rubric, IReadOnlyList<AdjustmentDoc> entered) =>
        string.Concat(SheetAdjustmentLines(rubric, entered).Select(l => (l.Veto ? "‼️ " : "") + l.Text + Environment.NewLine));

    /// <summary>A side on the sheet: what counts of it (capped), its cap, and its lines with their points.</summary>
    protected abstract string SheetSideLine(AdjustmentKind kind, decimal counted, decimal? cap, IReadOnlyList<(string Name, decimal Points)> lines);

    /// <summary>The vetoes on the sheet, each with its reason; "none" when there are none.</summary>
    protected abstract string SheetVetoLine(IReadOnlyList<(Veto Veto, string? Reason)> vetoes);

    /// <summary>The ranking's note on one village: its sides, vetoes and grade ("加 2 扣 5 否决 等次 良好"); empty when none.</summary>
    public abstract string RankingAdjustments(RankedVillage r);

    /// <summary>The village's grade (等次) on its sheet.</summary>
    public abstract string GradeLine(string grade);
}

/// <summary>One line of the sheet's sides and vetoes; <see cref="Veto"/> when a veto was recorded (shown as a warning).</summary>
public sealed record SheetAdjustmentLine(string Text, bool Veto);
