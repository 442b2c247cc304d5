namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string MemberVillage => "所在村（村干部）";
    public override string NoVillageChosen => "（不是村干部）";
    public override string VillageRequiredForRole => "村干部要选所在的村。";
}
