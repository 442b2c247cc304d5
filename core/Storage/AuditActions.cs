namespace ChatAppraisal.Storage;

/// <summary>Every action the audit trail can hold, in one list (the console's 日志 names each in words: PageTexts.ActionName).</summary>
public static class AuditActions
{
    // Scores, ratings and seals
    public const string ScoreSet = "score.set";
    public const string ScoreCleared = "score.cleared";
    public const string RatingSet = "rating.set";
    /// <summary>A leader's ratings of a village removed with the village (<c>?force=true</c>).</summary>
    public const string RatingCleared = "rating.cleared";
    /// <summary>An examiner confirmed a category's scores after its review (core/Appraisal/CategoryConfirmations).</summary>
    public const string CategoryConfirmed = "category.confirmed";
    /// <summary>A village's points on a line of the plan's bonus or deduction side, and a veto with its reason.</summary>
    public const string BonusSet = "bonus.set";
    public const string BonusCleared = "bonus.cleared";
    public const string DeductionSet = "deduction.set";
    public const string DeductionCleared = "deduction.cleared";
    public const string VetoSet = "veto.set";
    public const string VetoCleared = "veto.cleared";
    public const string SheetSealed = "sheet.sealed";
    public const string SheetUnsealed = "sheet.unsealed";

    // What an admin changes: villages, members, periods, rubric, policy
    public const string VillageAdded = "village.added";
    public const string VillageRenamed = "village.renamed";
    public const string VillageRemoved = "village.removed";
    public const string MemberAdded = "member.added";
    public const string MemberChanged = "member.changed";
    public const string MemberInvited = "member.invited";
    public const string MemberRemoved = "member.removed";
    /// <summary>The villages a member works for (包村干部) changed.</summary>
    public const string MemberVillages = "member.villages";
    public const string PeriodCreated = "period.created";
    public const string PeriodActivated = "period.activated";
    public const string RubricReplaced = "rubric.replaced";
    public const string PolicyChanged = "policy.changed";

    // Attachments (core/Evidence): each added to a sheet and each removed, with its file name and SHA-256
    public const string AttachmentAdded = "attachment.added";
    public const string AttachmentRemoved = "attachment.removed";

    // The visit schedule and reminders (core/Schedule)
    public const string VisitSet = "visit.set";
    public const string VisitCleared = "visit.cleared";
    public const string RemindersChanged = "reminders.changed";

    // The democratic evaluation (core/Ballots): who opened, extended and closed a village's ballot
    public const string BallotOpened = "ballot.opened";
    public const string BallotSlipsAdded = "ballot.slips.added";
    public const string BallotClosed = "ballot.closed";

    // 公示 and objections (core/Publication): published, objected to, answered, final, reopened by an admin
    public const string ResultsPublished = "results.published";
    public const string ResultsFinal = "results.final";
    public const string ResultsReopened = "results.reopened";
    public const string ObjectionMade = "objection.made";
    public const string ObjectionEvidence = "objection.evidence";
    public const string ObjectionUpheld = "objection.upheld";
    public const string ObjectionRejected = "objection.rejected";
}
