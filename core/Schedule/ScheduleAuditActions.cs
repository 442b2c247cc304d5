namespace ChatAppraisal.Storage;

public static partial class AuditActions
{
    public const string VisitSet = "visit.set";
    public const string VisitCleared = "visit.cleared";
    public const string RemindersChanged = "reminders.changed";
}
