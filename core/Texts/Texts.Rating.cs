using ChatAppraisal.Scoring;

namespace ChatAppraisal;

/// <summary>Leaders' ratings (/rate, rating messages, /myratings). The summary and refusals are in Texts.Reports.cs.</summary>
public abstract partial class Texts
{
    public abstract string DescribeRate { get; }
    public abstract string RateHelp { get; }
    public abstract string DescribeMyRatings { get; }

    public abstract string RateChooseVillage { get; }
    public abstract string RateVillageButton(string village, decimal? total);
    public abstract string RateCategoryPrompt(string village, int number, int count, string category, decimal cap, decimal? current);
    public abstract string RateMax { get; }
    public abstract string RateKeep(decimal value);
    public abstract string RatePrevious { get; }
    public abstract string RateValueProblem(PointsError error, string typed, string category, decimal cap, int count);
    public abstract string RateConfirmHint { get; }

    /// <summary>A leader sent a village's name alone.</summary>
    public abstract string RateVillageOnly(string village);
}
