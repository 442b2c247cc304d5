using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations.Office;

/// <summary>/ranking text: the ranking table with the formula and policy line under it.</summary>
public sealed class RankingCommand(StandingsQuery standings) : IChatCommand
{
    public string Name => "ranking";
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeRanking;

    public void Run(Turn turn, string args)
    {
        var mode = args.Trim().ToLowerInvariant();
        if (mode is not ("" or "text" or "文字"))
        {
            turn.Say(turn.Texts.RankingUsage);
            return;
        }
        turn.SayLong(turn.Reports().Ranking(standings.Compute(turn.Period)));
    }
}
