namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string MemberVillage => "Village (village officials)";
    public override string NoVillageChosen => "(not a village official)";
    public override string VillageRequiredForRole => "A village official needs their village.";
}
