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

    /// <summary>The sheet's (and the sheet summary's) lines for the sides and vetoes; empty when the plan has none.</summary>
    public abstract string SheetAdjustments(Rubric rubric, IReadOnlyList<AdjustmentDoc> entered);

    /// <summary>The ranking's note on one village: its sides, vetoes and grade ("加 2 扣 5 否决 等次 良好"); empty when none.</summary>
    public abstract string RankingAdjustments(RankedVillage r);

    /// <summary>The village's grade (等次) on its sheet.</summary>
    public abstract string GradeLine(string grade);
}
