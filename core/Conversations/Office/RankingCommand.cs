using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Members;

namespace ChatAppraisal.Conversations.Office;

/// <summary>
/// /ranking: the ranking chart with the top three and the formula line as its caption;
/// /ranking text: the table with the formula and policy line under it.
/// </summary>
public sealed class RankingCommand(StandingsQuery standings, IChartRenderer charts) : IReadOnlyChatCommand
{
    /// <summary>Above this many villages a chat shrinks the photo past reading: the PNG goes as a file instead.</summary>
    public const int PhotoMaxVillages = 60;

    public string Name => "ranking";
    public int? MenuPlace => 6;
    public IReadOnlyList<string> Words => ["排名"];
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeRanking;

    public void Run(Turn turn, string args)
    {
        var mode = args.Trim().ToLowerInvariant();
        if (mode != "" && !TypedWords.Means(mode, TypedWords.AsText))
        {
            turn.Say(turn.Texts.RankingUsage);
            return;
        }
        // Read as one consistent reading (StandingsQuery.Compute), drawn after it (see IReadOnlyChatCommand).
        var computed = standings.Compute(turn.Period);
        if (mode.Length > 0)
        {
            turn.SayLong(turn.Texts.Ranking(computed));
            return;
        }
        var language = turn.Texts.Language;
        var png = charts.Ranking(computed, language);
        var caption = RankingCaption.Build(computed, language);
        turn.Send(computed.Ranking.Count <= PhotoMaxVillages
            ? new ImageReply(png, caption)
            : new DocumentReply(png, turn.Texts.RankingFileName(turn.Period.Name), caption));
    }
}
