namespace ChatAppraisal.Bot;

/// <summary>The village officials on 成员; 公示 on 排名; 申诉 (objections); a village's result page.</summary>
public abstract partial class PageTexts
{
    public abstract string MemberVillage { get; }
    public abstract string NoVillageChosen { get; }
    public abstract string VillageRequiredForRole { get; }
}
