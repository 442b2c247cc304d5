namespace ChatAppraisal;

/// <summary>Reasons for deductions (扣分原因): typed with a score, asked after the review, shown on /sheet.</summary>
public abstract partial class Texts
{
    /// <summary>A score below the maximum without a reason while the period requires one: nothing saved.</summary>
    public abstract string ReasonRequired(string item, decimal max, decimal value);
    /// <summary>The item prompt's line when the period requires reasons.</summary>
    public abstract string ReasonsRequiredHint { get; }
    public abstract string CurrentReason(string reason);
    public abstract string SavedItemWithReason(string item, decimal value, string reason);
    public abstract string ReasonBracketUnclosed { get; }
    public abstract string ReasonTooLong(int max);

    // Quick entry
    public abstract string QuickEntryReasonMissing(int number, string item, decimal max, string typed);
    public abstract string QuickEntryReasonsRefused(IEnumerable<string> problems, int count);

    // Review
    /// <summary>Follows a review line whose item has a reason.</summary>
    public abstract string ReviewReason(string reason);
    /// <summary>哪些扣分要写原因？ under the review: the items below their maximum without a reason (numbers from 1).</summary>
    public abstract string WhichReasons(IReadOnlyList<int> numbers, bool required);
    public abstract string ReasonSaved(int number, string item, string reason);
    public abstract string ReasonForFullMarks(int number, string item);
    public abstract string ReasonForUnscored(int number, string item);

    // /sheet
    public abstract string SheetDeductions(string village, IEnumerable<string> lines);
    public abstract string SheetDeductionLine(string category, int number, string item, decimal score, decimal max, string? reason);
}
