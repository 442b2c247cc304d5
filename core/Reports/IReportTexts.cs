using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Reports;

/// <summary>
/// The words of the leaders', group leader's and office's replies, in one language. Plain text, short lines
/// for a phone; long ones (progress) go through <see cref="MessageSplitter"/>.
/// </summary>
public interface IReportTexts
{
    /// <summary>"zh" or "en".</summary>
    string Language { get; }

    // Buttons.
    string Confirm { get; }
    string Cancel { get; }
    string SignAndSeal { get; }
    string SignAnyway { get; }

    // Leaders' ratings.

    /// <summary>The message format with an example, and the aliases with their caps in rubric order (for /help).</summary>
    string RatingHelp(Rubric rubric, string? exampleVillage = null);

    /// <summary>Every problem of a refused rating message, then what is allowed; nothing was saved.</summary>
    string RatingRefused(Rubric rubric, IReadOnlyList<RatingProblem> problems);

    /// <summary>The 确认/取消 step: 15 values with names and caps, the total out of 100, and the rating it replaces.</summary>
    string RatingSummary(Rubric rubric, ParsedRating rating, EarlierRating? earlier);

    string RatingSaved(string village, RatingSaved saved);

    string RatingCancelled { get; }

    string MyRatings(MyRatings mine);

    // The group leader's signature.

    /// <summary>/sign: the sheet's 15 category scores, items still missing, the rubric's warnings.</summary>
    string SignSummary(Sheet sheet);

    /// <summary>The second confirmation for a sheet with missing items; names how many.</summary>
    string SignSecondConfirmation(Sheet sheet);

    /// <summary>After sealing: who, when, fingerprint.</summary>
    string SheetSealed(Sheet sheet);

    string SealRefused(SealRefusal refusal, string village, SheetSeal? seal);

    /// <summary>Why the score book refused a change; for a sealed sheet, by whom and when it was sealed.</summary>
    string ScoreRefused(ScoreOutcome outcome, string village);

    string SignCancelled { get; }

    // The office.

    string Progress(ProgressReport report);

    /// <summary>The ranking table with the formula and policy line under it.</summary>
    string Ranking(Standings standings);

    /// <summary>/sheet: a village's category scores, missing items and seal state.</summary>
    string Sheet(Sheet sheet);

    /// <summary>A village typed in a command that matches none or several.</summary>
    string VillageNotFound(NameMatchResult<VillageDoc> match, string typed, IReadOnlyList<string> known);
}

/// <summary>Picks the texts for a language: "en" gives English, anything else Chinese (the default).</summary>
public static class ReportTexts
{
    public static readonly IReportTexts Zh = new ZhReportTexts();
    public static readonly IReportTexts En = new EnReportTexts();

    public static IReportTexts For(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? En : Zh;
}
