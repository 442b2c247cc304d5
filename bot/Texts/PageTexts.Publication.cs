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
}
