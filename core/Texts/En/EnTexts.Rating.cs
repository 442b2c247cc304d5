using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeRate => "leadership rating, one category at a time: /rate [village] (or send the whole rating in one message, see below)";
    public override string RateHelp =>
        "Enter each category's rating (0 to its cap, at most 2 decimals); /back goes to the previous category.\n" +
        "You can also type all 15 numbers at once, or send the whole rating message (village + 15 numbers).";
    public override string DescribeMyRatings => "my ratings: villages rated and still to rate";

    public override string RateChooseVillage => "Choose the village to rate (or type its name; ✓ rated already, rating again replaces it):";
    public override string RateVillageButton(string village, decimal? total) => total is { } t ? $"✓ {village} {F(t)}" : village;

    public override string RateCategoryPrompt(string village, int number, int count, string category, decimal cap, decimal? current) =>
        $"{village} · category {number}/{count}\n{category} (at most {F(cap)})" +
        (current is { } c ? $"\nnow: {F(c)}" : "") +
        $"\nEnter 0–{F(cap)}; or all {count} numbers at once.";
    public override string RateMax => "Cap";
    public override string RateKeep(decimal value) => $"Keep {F(value)}";
    public override string RatePrevious => "Previous";

    public override string RateValueProblem(PointsError error, string typed, string category, decimal cap, int count) => error switch
    {
        PointsError.AboveMaximum => $"\"{Shorten(typed)}\" is above the cap of {category}, {F(cap)}. Enter 0–{F(cap)}.",
        PointsError.Negative => $"A rating cannot be negative. Enter 0–{F(cap)}.",
        PointsError.TooManyDecimals => $"\"{Shorten(typed)}\" has too many decimals (at most 2). Enter 0–{F(cap)}.",
        PointsError.DecimalComma => $"\"{Shorten(typed)}\" is ambiguous: write decimals with a point (2.5); to enter everything, type {count} numbers.",
        PointsError.Empty => $"Enter a rating from 0 to {F(cap)}.",
        _ => $"\"{Shorten(typed)}\" is not a rating. Enter 0–{F(cap)}, or all {count} numbers at once.",
    };
    public override string RateConfirmHint => "Press Confirm to save, or Cancel. To change a category, go back with /back, or send the whole rating again.";

    public override string RateVillageOnly(string village) => $"To rate {village}, send /rate {village} for one category at a time, or one message:";
}
