namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeSign => "sign and seal a score sheet: /sign [village]";
    public override string SignHelp => "Check the sheet before signing; once signed it is sealed and cannot change. Only an admin can reopen it, with a reason.";
    public override string SignChooseVillage => "Choose the village whose sheet to sign (🔒 sealed already; or type its name):";
    public override string SignHint => "Press \"Sign and seal\" or \"Cancel\".";
    public override string SignChanged => "⚠ The sheet changed after you checked it. Please check it again:";

    public override string DescribeUnseal => "reopen a sealed sheet: /unseal VILLAGE REASON";
    public override string UnsealUsage => "Usage: /unseal VILLAGE REASON\nExample: /unseal 新庄村 item 4 of 精准扶贫 was mistyped, correction agreed by the group leader";
    public override string Unsealed(string village, string reason, string signedBy) =>
        $"The sheet of {village} is open again (it was signed by {signedBy}).\nReason: {reason}\nRecorded in the audit trail. Once corrected, the group leader signs it again (/sign).";
}
