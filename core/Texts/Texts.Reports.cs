using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Reports;

namespace ChatAppraisal;

/// <summary>
/// Reports: the words of the leaders', group leader's and office's replies, in one language. Plain text, short lines
/// for a phone; long ones (progress) go through <see cref="MessageSplitter"/>.
/// </summary>
public abstract partial class Texts
{
    // Buttons.
    public abstract string Cancel { get; }
    public abstract string SignAndSeal { get; }
    public abstract string SignAnyway { get; }

    // Leaders' ratings.

    /// <summary>The message format with an example, and the aliases with their caps in rubric order (for /help).</summary>
    public abstract string RatingHelp(Rubric rubric, string? exampleVillage = null);

    /// <summary>Every problem of a refused rating message, then what is allowed; nothing was saved.</summary>
    public abstract string RatingRefused(Rubric rubric, IReadOnlyList<RatingProblem> problems);

    /// <summary>The 确认/取消 step: 15 values with names and caps, the total out of 100, and the rating it replaces.</summary>
    public abstract string RatingSummary(Rubric rubric, ParsedRating rating, EarlierRating? earlier);

    public abstract string RatingSaved(string village, RatingSaved saved);

    public abstract string RatingCancelled { get; }

    public abstract string MyRatings(MyRatings mine);

    // The group leader's signature.

    /// <summary>/sign: the sheet's 15 category scores, items still missing, the rubric's warnings.</summary>
    public abstract string SignSummary(Sheet sheet);

    /// <summary>The second confirmation for a sheet with missing items; names how many.</summary>
    public abstract string SignSecondConfirmation(Sheet sheet);

    /// <summary>After sealing: who, when, fingerprint.</summary>
    public abstract string SheetSealed(Sheet sheet);

    public abstract string SealRefused(SealRefusal refusal, string village, SheetSeal? seal);

    /// <summary>Why the score book refused a change; for a sealed sheet, by whom and when it was sealed.</summary>
    public abstract string ScoreRefused(ScoreOutcome outcome, string village);

    public abstract string SignCancelled { get; }

    // The office.

    public abstract string Progress(ProgressReport report);

    /// <summary>The ranking table with the formula and policy line under it.</summary>
    public abstract string Ranking(Standings standings);

    /// <summary>/sheet: a village's category scores, missing items and seal state.</summary>
    /// <param name="grade">The village's grade (等次) in the standings where the plan has grades; null leaves it out.</param>
    public abstract string Sheet(Sheet sheet, string? grade = null);

    /// <summary>A village typed in a command that matches none or several.</summary>
    public abstract string VillageNotFound(NameMatchResult<VillageDoc> match, string typed, IReadOnlyList<string> known);
}
