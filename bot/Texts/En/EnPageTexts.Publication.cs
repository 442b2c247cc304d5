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

    public override string PublishedUnsealed(IReadOnlyList<string> villages) => $"⚠ Not sealed when published: {string.Join(", ", villages)}";
    public override string VillageResultPages => "Each village's result page";
    public override string ToldHeading => "Who was told";
    public override string BackToChat => "← Back to the chat";
    public override string ResultSummary => "Result";
    public override string ResultRank(int rank, int villages) => $"{rank} of {villages}";
    public override string NoGrade => "the plan sets no grades";
    public override string ResultOnsite(string onsite, string onsite1000) => $"{onsite} ({onsite1000} of 1000)";
    public override string ResultBallot(int cast, int issued, string counts) => $"{cast}/{issued} cast: {counts}";
    public override string NoClosedBallot => "none closed";
    public override string ResultLeaders(string mean, int rated) => $"mean {mean} ({rated} rated)";
    public override string NoLeaderRatings => "none";
    public override string ResultBallotHeading => "Ballot";
    public override string ResultRankLabel => "Rank";
    public override string ResultOnsiteLabel => "On-site appraisal";
    public override string ResultLeadersLabel => "Leadership rating";
    public override string ResultGrade => "Grade";
    public override string ResultCategoriesHeading => "By category";
    public override string ResultCategory => "Category";
    public override string ResultPoints => "Points/max";
    public override string ResultLost => "Lost";
    public override string ResultDeductions => "Deductions and reasons";
    public override string ResultDeduction(string item, string score, string max, string lost, string? reason) =>
        $"{item}: {score}/{max}, {lost} lost; reason: {reason ?? "not given"}";
    public override string ResultUnscored(string items) => $"Not scored: {items}";
    public override string ResultOnsiteTotal => "On-site appraisal total";

    public override string AddTown => "Add a town";
    public override string AddTownHint => "A new town comes with its first period (the default rubric). After adding it this page shows that town: add its first admin below; their invite signs in to that town only.";
    public override string TownNameLabel => "Town name";
    public override string TownAdded(string name) => $"{name} added; you are now looking at {name}: add its first admin.";
    public override string DuplicateTown(string name) => $"{name} already exists.";
    public override string InvalidTownName(int max) => $"A town name has 1 to {max} characters.";
    public override string WorksForShort => "works for";
}
