namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeSign => "签字密封评分表：/sign [村名]";
    public override string SignHelp => "签字密封前请核对评分表；签字密封后评分表不能再修改，撤销签字密封需管理员说明理由。";
    public override string SignChooseVillage => "请选择要签字密封的村（🔒 为已签字密封；也可以输入村名）：";
    public override string SignHint => "请点“签字密封”或“取消”。";
    public override string SignChanged => "⚠ 您核对之后，评分表又有改动。请重新核对：";

    public override string DescribeUnseal => "撤销签字密封，重新打开评分表：/unseal 村名 理由";
    public override string UnsealUsage => "用法：/unseal 村名 理由\n例如：/unseal 新庄村 精准扶贫第4项录入有误，经考核组长同意更正";
    public override string Unsealed(string village, string reason, string signedBy) =>
        $"已撤销{village}评分表的签字密封（原签字人 {signedBy}），评分表已重新打开。\n理由：{reason}\n已记入审计记录。改好后请考核组长重新签字密封（/sign）。";
}
