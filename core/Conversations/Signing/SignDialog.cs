using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using Stateless;
using Stateless.Graph;

namespace ChatAppraisal.Conversations.Signing;

/// <summary>
/// /sign, the group leader's signature: village → sheet summary → 签字密封 / 取消; a sheet with unscored items needs a
/// second confirmation that names how many. Signing seals the sheet through <see cref="Sheets.Seal"/> (fingerprint,
/// audit, checkpoint); from then on the score book refuses every change to it.
/// </summary>
public sealed partial class SignDialog(VillageRoster roster, Sheets sheets) : FlowDialog<SignSession>
{
    internal enum Trigger
    {
        ChooseVillage,
        Sign,
        SignAnyway,
        /// <summary>The sheet changed after it was shown: show it again.</summary>
        Changed,
        Previous,
        Cancel,
        /// <summary>The village was removed or sealed by someone else meanwhile.</summary>
        Leave,
    }

    readonly VillageRoster _roster = roster;
    readonly Sheets _sheets = sheets;

    const string SignData = "sign", AnywayData = "anyway", CancelData = "cancel";

    public override string Name => "sign";
    public override int? MenuPlace => 4;
    public override IReadOnlyList<string> Words => ["签字", "签章"];
    public override Role Requires => Role.GroupLeader;
    public override string Describe(Texts texts) => texts.DescribeSign;
    public override string Help(Texts texts) => texts.SignHelp;

    public override string Diagram() => MermaidGraph.Format(Build(new SignSession(), () => 0).Fsm.GetInfo());

    protected override IDialogFlow Open(Turn turn, SignSession session) => new Flow(this, turn, session);

    internal sealed record Machine(
        StateMachine<SignState, Trigger> Fsm,
        StateMachine<SignState, Trigger>.TriggerWithParameters<int> ChooseVillage);

    /// <param name="missing">How many items of the chosen village's sheet are unscored now.</param>
    internal static Machine Build(SignSession s, Func<int> missing)
    {
        var m = new StateMachine<SignState, Trigger>(() => s.State, state => s.State = state);
        var village = m.SetTriggerParameters<int>(Trigger.ChooseVillage);

        m.Configure(SignState.Village)
            .Permit(Trigger.ChooseVillage, SignState.Summary);

        m.Configure(SignState.Summary)
            .OnEntryFrom(village, id => s.VillageId = id, "remember the village")
            .PermitIf(Trigger.Sign, SignState.SecondConfirmation, () => missing() > 0, "items missing")
            .PermitIf(Trigger.Sign, SignState.Done, () => missing() == 0, "every item scored: seal")
            .PermitReentry(Trigger.Changed)
            .Permit(Trigger.Previous, SignState.Village)
            .Permit(Trigger.Cancel, SignState.Done)
            .Permit(Trigger.Leave, SignState.Village);

        m.Configure(SignState.SecondConfirmation)
            .Permit(Trigger.SignAnyway, SignState.Done)
            .Permit(Trigger.Changed, SignState.Summary)
            .Permit(Trigger.Previous, SignState.Summary)
            .Permit(Trigger.Cancel, SignState.Done)
            .Permit(Trigger.Leave, SignState.Village);

        return new Machine(m, village);
    }
}
