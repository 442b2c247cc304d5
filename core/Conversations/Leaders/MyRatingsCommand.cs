using ChatAppraisal.Ratings;
using ChatAppraisal.Members;

namespace ChatAppraisal.Conversations.Leaders;

/// <summary>/myratings: what this leader has rated in the active period, and which villages are still missing.</summary>
public sealed class MyRatingsCommand(LeaderRatings ratings) : IChatCommand
{
    public string Name => "myratings";
    public int? MenuPlace => 3;
    public IReadOnlyList<string> Words => ["我的评分"];
    public Role? Requires => Role.Leader;
    public string Describe(Texts texts) => texts.DescribeMyRatings;

    public void Run(Turn turn, string args) =>
        turn.SayLong(turn.Texts.MyRatings(ratings.Mine(turn.Period, turn.Member.Id)));
}
