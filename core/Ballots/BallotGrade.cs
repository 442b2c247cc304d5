namespace ChatAppraisal.Ballots;

/// <summary>The four grades of the democratic evaluation form (民主测评表), in the form's order.</summary>
public enum BallotGrade
{
    Good = 0,
    FairlyGood = 1,
    Fair = 2,
    Poor = 3,
}

public static class BallotGrades
{
    public static readonly IReadOnlyList<BallotGrade> All = [BallotGrade.Good, BallotGrade.FairlyGood, BallotGrade.Fair, BallotGrade.Poor];

    /// <summary>The form's words: 好 / 较好 / 一般 / 较差. They are also the values the voting page posts.</summary>
    public static string Label(BallotGrade grade) => grade switch
    {
        BallotGrade.Good => "好",
        BallotGrade.FairlyGood => "较好",
        BallotGrade.Fair => "一般",
        BallotGrade.Poor => "较差",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    /// <summary>One of 好, 较好, 一般, 较差 exactly (surrounding spaces ignored); anything else is no grade.</summary>
    public static BallotGrade? Parse(string? text) => text?.Trim() switch
    {
        "好" => BallotGrade.Good,
        "较好" => BallotGrade.FairlyGood,
        "一般" => BallotGrade.Fair,
        "较差" => BallotGrade.Poor,
        _ => null,
    };
}
