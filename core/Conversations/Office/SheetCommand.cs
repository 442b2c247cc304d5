using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Charts;
using ChatAppraisal.Evidence;
using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations.Office;

/// <summary>
/// /sheet VILLAGE: the village's chart (15 categories against their maxima, the leaders' mean ratings beside them) with
/// its summary; a seal whose fingerprint no longer matches is reported loudly. /sheet VILLAGE text: the text sheet with
/// the unscored items by name and the fingerprint.
/// </summary>
public sealed class SheetCommand(AppraisalStore store, VillageRoster roster, Sheets sheets, LeaderRatings leaderRatings, StandingsQuery standings,
    BallotBook ballots, IChartRenderer charts) : IReadOnlyChatCommand
{
    /// <summary>Telegram's limit for a photo caption; a longer summary follows the photo as a message.</summary>
    const int CaptionMax = 1024;

    public string Name => "sheet";
    public IReadOnlyList<string> Words => ["评分表"];
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeSheet;

    public void Run(Turn turn, string args)
    {
        var villages = roster.All();
        var words = args.Split((char[])[' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var asText = words.Length > 1 && TypedWords.Means(words[^1], TypedWords.AsText);
        var typed = string.Join(" ", asText ? words[..^1] : words);
        if (typed.Length == 0)
        {
            turn.Say(turn.Texts.SheetUsage(villages.Select(v => v.Name).ToList()));
            return;
        }
        var match = NameMatch.Find(villages, v => v.Name, typed);
        // One consistent reading (the unit of work's read, not its write lock); the drawing below runs after it (see IReadOnlyChatCommand).
        var read = match.Match is not { } village ? null : store.Read(() => sheets.Load(turn.Period, village.Id) is not { } loaded ? null : new Reading(
            loaded,
            leaderRatings.OfVillage(turn.Period, village.Id),
            // The text sheet needs the standings only for the village's grade (where the plan has grades).
            asText && turn.Period.Rubric.Grades is not { Lines.Count: > 0 } ? [] : standings.Compute(turn.Period).Ranking,
            ballots.Tally(turn.Period.Id, village.Id)));
        if (read is null)
        {
            turn.Say(turn.Texts.VillageNotFound(match, typed, villages.Select(v => v.Name).ToList()));
            return;
        }
        var (sheet, ratings, ranking, ballot) = read;
        var ballotSection = ballot is null ? "" : "\n\n" + turn.Texts.BallotSheetSection(new BallotShown(ballot.Ballot, ballot.Policy), ballot.Policy);
        if (asText)
        {
            var grade = ranking.FirstOrDefault(r => r.Result.VillageId == sheet.Village.Id)?.Grade;
            turn.SayLong(turn.Texts.Sheet(sheet, grade) + ballotSection);
            if (Deductions(turn.Texts, sheet) is { } reasons) turn.SayLong(reasons);
            if (sheet.Attachments.Count > 0) turn.SayLong(AttachmentList(turn.Texts, sheet));
            return;
        }

        var language = turn.Texts.Language;
        var summary = SheetSummary.Text(sheet, ratings, ranking.FirstOrDefault(r => r.Result.VillageId == sheet.Village.Id), ranking.Count, language);
        var png = charts.Sheet(sheet, ratings, language);
        if (sheet.Seal is { Valid: false } broken) turn.Say(turn.Texts.SealBroken(sheet.Village.Name, broken.SignedBy));
        if (summary.Length <= CaptionMax)
        {
            turn.Send(new ImageReply(png, summary));
        }
        else
        {
            turn.Send(new ImageReply(png, summary[..summary.IndexOf('\n')]));
            turn.SayLong(summary);
        }
        if (ballot is not null) turn.Say(turn.Texts.BallotSheetSection(new BallotShown(ballot.Ballot, ballot.Policy), ballot.Policy));
        if (sheet.Attachments.Count > 0)
            turn.Say(turn.Texts.SheetAttachmentsSummary(turn.Texts.AttachmentCount(sheet.Attachments.Where(a => a.Kind == AttachmentKind.Item)),
                sheet.Attachments.Count(a => a.Kind != AttachmentKind.Item), sheet.Village.Name));
        if (Deductions(turn.Texts, sheet) is { } deductions) turn.SayLong(deductions);
        // Answered in the words the member used: 评分表 新庄村 文字 to one who typed 评分表, the command to one who typed /sheet.
        var typedAsWord = !(turn.Update.Text ?? "").TrimStart().StartsWith('/');
        turn.Say(turn.Texts.SheetTextHint(typedAsWord ? $"{Words[0]} {sheet.Village.Name} {TypedWords.AsText[1]}" : $"/{Name} {sheet.Village.Name} {TypedWords.AsText[0]}"));
    }

    /// <summary>Every deduction with its reason (扣分原因), or null when no item has a reason (then there is nothing to add).</summary>
    static string? Deductions(Texts t, Sheet sheet)
    {
        var deductions = sheet.Categories.SelectMany(c => c.Items.Where(i => i.Score < i.Max).Select(i => (Category: c, Item: i))).ToList();
        if (!deductions.Any(d => d.Item.Reason is not null)) return null;
        return t.SheetDeductions(sheet.Village.Name,
            deductions.Select(d => t.SheetDeductionLine(d.Category.Name, d.Item.Item + 1, d.Item.Name, d.Item.Score!.Value, d.Item.Max, d.Item.Reason)));
    }

    /// <summary>Each attachment under its item ("党建工作 3. 做合格党员") or report, with its size, who, when and hash.</summary>
    static string AttachmentList(Texts t, Sheet sheet)
    {
        var lines = sheet.Attachments.Select(a =>
        {
            var place = a is { Kind: AttachmentKind.Item, Category: { } c, Item: { } i } && c < sheet.Categories.Count && i < sheet.Categories[c].Items.Count
                ? $"{sheet.Categories[c].Name} {i + 1}. {sheet.Categories[c].Items[i].Name}"
                : t.ReportKindName(a.Kind);
            return t.SheetAttachmentLine(place, a);
        });
        return t.SheetAttachmentList(sheet.Village.Name, lines);
    }

    sealed record Reading(Sheet Sheet, IReadOnlyList<LeaderRatingDoc> Ratings, IReadOnlyList<RankedVillage> Ranking, BallotTally? Ballot);
}
