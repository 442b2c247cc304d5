using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations.Office;

/// <summary>/sheet VILLAGE: the village's scores by category, unscored items, and its seal with the fingerprint checked now.</summary>
public sealed class SheetCommand(AppraisalStore store, Sheets sheets) : IChatCommand
{
    public string Name => "sheet";
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeSheet;

    public void Run(Turn turn, string args)
    {
        var villages = store.Villages.FindAll().OrderBy(v => v.Id).ToList();
        if (args.Length == 0)
        {
            turn.Say(turn.Texts.SheetUsage(villages.Select(v => v.Name).ToList()));
            return;
        }
        var match = NameMatch.Find(villages, v => v.Name, args);
        if (match.Match is not { } village || sheets.Load(turn.Period, village.Id) is not { } sheet)
        {
            turn.Say(turn.Reports().VillageNotFound(match, args, villages.Select(v => v.Name).ToList()));
            return;
        }
        turn.SayLong(turn.Reports().Sheet(sheet));
    }
}
