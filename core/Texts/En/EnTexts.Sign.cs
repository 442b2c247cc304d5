namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeSign => "sign and seal a score sheet: /sign [village]";
    public override string SignHelp => "Check the sheet before you sign and seal it; once signed and sealed it cannot change. Only an admin can reopen it, giving a reason.";
    public override string SignChooseVillage => "Choose the village whose sheet you sign and seal (🔒 already sealed; or type its name):";
    public override string SignHint => "Press \"Sign and seal\" or \"Cancel\".";
    public override string SignChanged => "⚠ The sheet changed after you checked it. Please check it again:";

    public override string DescribeUnseal => "reopen a sealed sheet: /unseal VILLAGE REASON";
    public override string UnsealUsage => "Usage: /unseal VILLAGE REASON\nExample: /unseal 新庄村 item 4 of 精准扶贫 was mistyped, correction agreed by the group leader";
    public override string Unsealed(string village, string reason, string signedBy) =>
        $"The sheet of {village} is reopened (it was signed and sealed by {signedBy}).\nReason: {reason}\nRecorded in the audit log. Once it is corrected, the group leader signs and seals it again (/sign).";
}
