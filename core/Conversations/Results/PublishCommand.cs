using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Conversations.Results;

/// <summary>
/// /publish 5 (发布结果 5): the office publishes the period's results with 5 working days for objections. With sheets not
/// sealed it names them and asks once more (仍然发布, or <c>/publish 5 确认</c>); then each village's officials get their
/// village's result and the office the list of who was told.
/// </summary>
public sealed class PublishCommand(Publications publications, VillageRoster roster) : IChatCommand
{
    public string Name => "publish";
    public IReadOnlyList<string> Words => ["发布结果", "公示"];
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribePublish;

    public void Run(Turn turn, string args)
    {
        var t = turn.Texts;
        var words = args.Split(TypedText.Separators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !int.TryParse(Points.Normalize(words[0]), out var days))
        {
            var doc = publications.Find(turn.Period.Id) is { Open: true } p ? p : null;
            turn.Say(t.PublishUsage(doc, doc is not null && publications.WindowOpen(doc)));
            return;
        }
        var confirmed = words.Length > 1 && TypedWords.Means(words[1], TypedWords.Confirm);
        var outcome = publications.Publish(turn.Actor, turn.Period, days, confirmed);
        switch (outcome.Refusal)
        {
            case PublishRefusal.None:
                var told = outcome.Publication!.Told.Select(x => x.VillageId).ToHashSet();
                var without = roster.All().Where(v => !told.Contains(v.Id)).Select(v => v.Name).ToList();
                turn.Say(t.Published(outcome.Publication, without));
                break;
            case PublishRefusal.Unsealed:
                turn.Ask(t.PublishUnsealed(outcome.Unsealed!, days), [[(t.PublishAnyway, $"{MemberMenu.Prefix}{Name} {days} confirm")]]);
                break;
            default:
                turn.Say(t.PublishRefused(outcome));
                break;
        }
    }
}

/// <summary>/reopen REASON: an admin reopens published (or final) results; the leaders' ratings thaw, the office may publish again.</summary>
public sealed class ReopenCommand(Publications publications) : IChatCommand
{
    public string Name => "reopen";
    public Role? Requires => Role.Admin;
    public string Describe(Texts texts) => texts.DescribeReopen;

    public void Run(Turn turn, string args)
    {
        var outcome = publications.Reopen(turn.Actor, turn.Period, args);
        turn.Say(outcome.Ok ? turn.Texts.Reopened(outcome.Publication!) : turn.Texts.PublishRefused(outcome));
    }
}
