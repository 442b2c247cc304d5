using ChatAppraisal.Schedule;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string InviteVillage(string village) => $"A village official of {village}: they see only their village's visit and results, and hand in its written reports with /report.";
    public override string InviteVillageRequired => "A village official needs their village, e.g. /invite Wang village 上庄村";
    public override string DescribeVillage => "your village's visit, written reports and published result";
    public override string NoVillageOfYours => "Your account is bound to no village; ask an admin.";

    public override string VillageOverview(string village, Visit? visit, bool writtenReport, bool secretaryAccount, bool sealedSheet) =>
        $"{village}\nVisit: {(visit is null ? "not scheduled yet" : $"{visit.Date:yyyy-MM-dd} {visit.Time:HH\\:mm}{(visit.Note is null ? "" : ", " + visit.Note)}")}\n" +
        $"Written report: {(writtenReport ? "✓ handed in" : "not yet")}\nFirst secretary's account: {(secretaryAccount ? "✓ handed in" : "not yet")}" +
        (sealedSheet ? "\nThe sheet is signed and sealed." : writtenReport && secretaryAccount ? "" : "\nHand them in before the visit with /report.");

    public override string ReportOwnVillageOnly(string village) => $"You hand in reports for your own village ({village}) only.";
}
