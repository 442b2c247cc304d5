namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string ReasonRequired(string item, decimal max, decimal value) =>
        $"Not saved: {item} {F(value)} is below its maximum {F(max)}, and this period requires a reason for a deduction. Type it after the score, e.g. \"{F(value)} minutes missing twice\" or \"{F(value)}(minutes missing twice)\"; full marks need none.";
    public override string ReasonsRequiredHint => "A score below the maximum needs a reason after it, e.g. \"10 minutes missing twice\".";
    public override string CurrentReason(string reason) => $"Reason: {reason}";
    public override string SavedItemWithReason(string item, decimal value, string reason) => $"✓ {item}: {F(value)} (reason: {reason})";
    public override string ReasonBracketUnclosed =>
        "Not saved: a bracket is not closed. Put a reason in brackets after its score, e.g. \"19 5.5 10(minutes missing twice) …\", or at one item's prompt \"10 minutes missing twice\".";
    public override string ReasonTooLong(int max) => $"Not saved: a reason is at most {max} characters.";

    public override string QuickEntryReasonMissing(int number, string item, decimal max, string typed) =>
        $"item {number} {item} (max {F(max)}): \"{Shorten(typed)}\" is below the maximum and has no reason";
    public override string QuickEntryReasonsRefused(IEnumerable<string> problems, int count) =>
        $"Nothing saved: this period requires a reason for every score below the maximum:\n{string.Join("\n", problems)}\nPut the reason in brackets after those scores, e.g. \"19 5.5 10(minutes missing twice) …\"; {count} numbers in all.";

    public override string ReviewReason(string reason) => $" · reason: {reason}";
    public override string WhichReasons(IReadOnlyList<int> numbers, bool required) =>
        $"Which deductions need a reason? Items {string.Join(", ", numbers)} are below their maximum {(required ? "and this period requires a reason; they have none yet" : "without a reason")}. " +
        $"Type \"item reason\", e.g. \"{numbers[0]} minutes missing twice\" (one line each).";
    public override string ReasonSaved(int number, string item, string reason) => $"✓ item {number} {item}: reason \"{reason}\"";
    public override string ReasonForFullMarks(int number, string item) => $"Item {number} {item} has full marks: it needs no reason.";
    public override string ReasonForUnscored(int number, string item) => $"Item {number} {item} is not scored yet: type \"edit {number}\" to score it; the reason can follow the score.";

    public override string SheetDeductions(string village, IEnumerable<string> lines) => $"{village}: deductions and their reasons\n{string.Join("\n", lines)}";
    public override string SheetDeductionLine(string category, int number, string item, decimal score, decimal max, string? reason) =>
        $"{category} {number}. {item} {F(score)}/{F(max)}: {reason ?? "(no reason given)"}";
}
