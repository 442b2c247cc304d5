namespace ChatAppraisal.Bot;

/// <summary>The village officials on 成员; 公示 on 排名; 申诉 (objections); a village's result page.</summary>
public abstract partial class PageTexts
{
    public abstract string MemberVillage { get; }
    public abstract string NoVillageChosen { get; }
    public abstract string VillageRequiredForRole { get; }

    public abstract string PublicationHeading { get; }
    public abstract string WorkingDaysLabel { get; }
    public abstract string PublishResults { get; }
    public abstract string UnsealedSheets(IReadOnlyList<string> villages);
    public abstract string NotReached { get; }
    public abstract string OpenObjections { get; }
    public abstract string NoOpenObjections { get; }
    public abstract string ObjectionScore(decimal? score, decimal max, int evidence);
    public abstract string NewScore { get; }
    public abstract string Uphold { get; }
    public abstract string RejectReason { get; }
    public abstract string Reject { get; }
    public abstract string ToldLine(string village, string member, IReadOnlyList<string> channels);
    public abstract string ObjectionBy(string text, string member, string at);

    // A village's result page (/chat/result)
    public abstract string PublishedUnsealed(IReadOnlyList<string> villages);
    public abstract string VillageResultPages { get; }
    public abstract string ToldHeading { get; }
    public abstract string BackToChat { get; }
    public abstract string ResultSummary { get; }
    public abstract string ResultRank(int rank, int villages);
    public abstract string NoGrade { get; }
    public abstract string ResultOnsite(string onsite, string onsite1000);
    public abstract string ResultBallot(int cast, int issued, string counts);
    public abstract string NoClosedBallot { get; }
    public abstract string ResultLeaders(string mean, int rated);
    public abstract string NoLeaderRatings { get; }
    public abstract string ResultBallotHeading { get; }
    public abstract string ResultGrade { get; }
    public abstract string ResultRankLabel { get; }
    public abstract string ResultOnsiteLabel { get; }
    public abstract string ResultLeadersLabel { get; }
    public abstract string ResultCategoriesHeading { get; }
    public abstract string ResultCategory { get; }
    public abstract string ResultPoints { get; }
    public abstract string ResultLost { get; }
    public abstract string ResultDeductions { get; }
    public abstract string ResultDeduction(string item, string score, string max, string lost, string? reason);
    public abstract string ResultUnscored(string items);
    public abstract string ResultOnsiteTotal { get; }

    // 添加镇 on 成员, for the county's admins (issue 24)
    public abstract string AddTown { get; }
    public abstract string AddTownHint { get; }
    public abstract string TownNameLabel { get; }
    public abstract string TownAdded(string name);
    public abstract string DuplicateTown(string name);
    public abstract string InvalidTownName(int max);
    public abstract string WorksForShort { get; }
}
