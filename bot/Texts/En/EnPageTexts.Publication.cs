namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string MemberVillage => "Village (village officials)";
    public override string NoVillageChosen => "(not a village official)";
    public override string VillageRequiredForRole => "A village official needs their village.";

    public override string PublicationHeading => "Publication (公示)";
    public override string WorkingDaysLabel => "Objection window (working days)";
    public override string PublishResults => "Publish the results";
    public override string UnsealedSheets(IReadOnlyList<string> villages) => $"Not signed and sealed: {string.Join(", ", villages)}";
    public override string NotReached => "no chat account, not told";
    public override string OpenObjections => "Open objections";
    public override string NoOpenObjections => "No objection is open.";
    public override string ObjectionScore(decimal? score, decimal max, int evidence) =>
        $"Score now {(score is { } s ? Scoring.Points.Format(s) : "unscored")} of {Scoring.Points.Format(max)}; {evidence} pieces of evidence";
    public override string NewScore => "New score";
    public override string Uphold => "Uphold";
    public override string RejectReason => "Reason";
    public override string Reject => "Reject";

    public override string ToldLine(string village, string member, IReadOnlyList<string> channels) =>
        $"{village} {member}: {(channels.Count == 0 ? NotReached : string.Join(", ", channels))}";
    public override string ObjectionBy(string text, string member, string at) => $"{text} ({member}, {at})";
}
