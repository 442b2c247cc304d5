using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;

namespace ChatAppraisal.Conversations.Signing;

/// <summary>
/// /unseal VILLAGE REASON: an admin reopens a sealed sheet. The reason is required and kept in the audit entry
/// with who signed it and its fingerprint (<see cref="Sheets.Unseal"/>).
/// </summary>
public sealed class UnsealCommand(VillageRoster roster, Sheets sheets) : IChatCommand
{
    public string Name => "unseal";
    public IReadOnlyList<string> Words => ["启封"];
    public Role? Requires => Role.Admin;
    public string Describe(Texts texts) => texts.DescribeUnseal;

    public void Run(Turn turn, string args)
    {
        var words = args.Split((char[])[' ', '\u3000', '\t', '\n'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            turn.Say(turn.Texts.UnsealUsage);
            return;
        }
        var villages = roster.All();
        var match = NameMatch.Find(villages, v => v.Name, words[0]);
        if (match.Match is not { } village)
        {
            turn.Say(turn.Texts.VillageNotFound(match, words[0], villages.Select(v => v.Name).ToList()));
            return;
        }
        var seal = sheets.Load(turn.Period, village.Id)?.Seal;
        var reason = words.Length > 1 ? words[1].Trim() : "";
        var refusal = sheets.Unseal(turn.Actor, turn.Period, village.Id, reason);
        turn.Say(refusal == SealRefusal.None
            ? turn.Texts.Unsealed(village.Name, reason, seal!.SignedBy)
            : turn.Texts.SealRefused(refusal, village.Name, seal) + (refusal == SealRefusal.ReasonRequired ? "\n" + turn.Texts.UnsealUsage : ""));
    }
}
