namespace ChatAppraisal;

/// <summary>The group leader's /sign and the admin's /unseal. The sheet summary and seal texts are in Texts.Reports.cs.</summary>
public abstract partial class Texts
{
    public abstract string DescribeSign { get; }
    public abstract string SignHelp { get; }
    public abstract string SignChooseVillage { get; }
    public abstract string SignHint { get; }

    /// <summary>The sheet changed after the summary was shown; it is shown again.</summary>
    public abstract string SignChanged { get; }

    public abstract string DescribeUnseal { get; }
    public abstract string UnsealUsage { get; }
    public abstract string Unsealed(string village, string reason, string signedBy);
}
