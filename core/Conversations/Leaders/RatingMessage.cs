using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Members;

namespace ChatAppraisal.Conversations.Leaders;

/// <summary>
/// A leader's rating sent as one plain message (<c>新庄村 18 9 5 …</c> or <c>新庄村 党建18 廉政9 …</c>): every problem
/// is listed and nothing saved; a correct rating opens /rate at its summary with 确认 / 取消.
/// </summary>
public sealed class RatingMessage(LeaderRatings ratings, Periods periods, RateDialog dialog) : IPlainTextHandler
{
    public Role Requires => Role.Leader;

    /// <summary>Leaders find the message format, every alias and its cap in /help.</summary>
    public string Help(Texts texts) => texts.RatingHelp(periods.Active().Rubric);

    public bool TryHandle(Turn turn, string text)
    {
        var parse = ratings.Parse(turn.Period, text);
        switch (parse.Kind)
        {
            case RatingParseKind.Rating:
                dialog.Summarize(turn, parse.Rating!);
                return true;
            case RatingParseKind.Refused:
                turn.Say(turn.Texts.RatingRefused(turn.Period.Rubric, parse.Problems));
                return true;
        }
        // A village's name alone: the leader probably wants to rate it; say how.
        if (NameMatch.Find(ratings.Villages(), v => v.Name, text) is { Kind: MatchKind.Unique, Match: { } village })
        {
            turn.Say(turn.Texts.RateVillageOnly(village.Name) + "\n" + turn.Texts.RatingHelp(turn.Period.Rubric, village.Name));
            return true;
        }
        return false;
    }
}
