using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations.Office;

/// <summary>
/// /sheet VILLAGE: the village's chart (15 categories against their maxima, the leaders' mean ratings beside them) with
/// its summary; a seal whose fingerprint no longer matches is reported loudly. /sheet VILLAGE text: the text sheet with
/// the unscored items by name and the fingerprint.
/// </summary>
public sealed class SheetCommand(AppraisalStore store, Sheets sheets, StandingsQuery standings, IChartRenderer charts) : IChatCommand
{
    /// <summary>Telegram's limit for a photo caption; a longer summary follows the photo as a message.</summary>
    const int CaptionMax = 1024;

    public string Name => "sheet";
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeSheet;

    public void Run(Turn turn, string args)
    {
        var villages = store.Villages.FindAll().OrderBy(v => v.Id).ToList();
        var words = args.Split((char[])[' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var asText = words.Length > 1 && words[^1].ToLowerInvariant() is "text" or "文字";
        var typed = string.Join(" ", asText ? words[..^1] : words);
        if (typed.Length == 0)
        {
            turn.Say(turn.Texts.SheetUsage(villages.Select(v => v.Name).ToList()));
            return;
        }
        var match = NameMatch.Find(villages, v => v.Name, typed);
        if (match.Match is not { } village || sheets.Load(turn.Period, village.Id) is not { } sheet)
        {
            turn.Say(turn.Reports().VillageNotFound(match, typed, villages.Select(v => v.Name).ToList()));
            return;
        }
        if (asText)
        {
            turn.SayLong(turn.Reports().Sheet(sheet));
            return;
        }

        var language = turn.Texts.Language;
        var ratings = store.LeaderRatings.Find(r => r.PeriodId == turn.Period.Id && r.VillageId == village.Id).ToList();
        var ranking = standings.Compute(turn.Period).Ranking;
        var summary = SheetSummary.Text(sheet, ratings, ranking.FirstOrDefault(r => r.Result.VillageId == village.Id), ranking.Count, language);
        var png = charts.Sheet(sheet, ratings, language);
        if (sheet.Seal is { Valid: false } broken) turn.Say(turn.Texts.SealBroken(village.Name, broken.SignedBy));
        if (summary.Length <= CaptionMax)
        {
            turn.Send(new ImageReply(png, summary));
        }
        else
        {
            turn.Send(new ImageReply(png, summary[..summary.IndexOf('\n')]));
            turn.SayLong(summary);
        }
        turn.Say(turn.Texts.SheetTextHint(village.Name));
    }
}
