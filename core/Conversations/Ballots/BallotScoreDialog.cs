using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using Stateless;
using Stateless.Graph;

namespace ChatAppraisal.Conversations.Ballots;

/// <summary>
/// /ballotscore VILLAGE, the examiner's confirmation of a closed ballot's proposed scores: the tally, the period's
/// weights and one proposed score per fed rubric item, then 确认 / 取消. 确认 stores them with <see cref="BallotScores"/>
/// (through the score book like any score: audited, the ballot named in the entry's detail; a sealed sheet refuses).
/// <c>/ballot VILLAGE close</c> opens it at the proposal.
/// </summary>
public sealed partial class BallotScoreDialog(VillageRoster roster, BallotBook book, BallotScores scores, BallotPolicies policies)
    : FlowDialog<BallotScoreSession>
{
    internal enum Trigger
    {
        ChooseVillage,
        Confirm,
        Cancel,
        /// <summary>The proposal changed after it was shown (the policy was edited): show it again.</summary>
        Changed,
        /// <summary>The proposal cannot be stored any more (sealed, village removed): back to the village choice.</summary>
        Leave,
    }

    readonly VillageRoster _roster = roster;
    readonly BallotBook _book = book;
    readonly BallotScores _scores = scores;
    readonly BallotPolicies _policies = policies;

    const string ConfirmData = "ok", CancelData = "cancel";

    public override string Name => "ballotscore";
    public override IReadOnlyList<string> Words => ["测评计分"];
    public override Role Requires => Role.Examiner;
    public override string Describe(Texts texts) => texts.DescribeBallotScore;
    public override string Help(Texts texts) => texts.BallotScoreUsage;

    public override string Diagram() => MermaidGraph.Format(Build(new BallotScoreSession()).Fsm.GetInfo());

    /// <summary>Opens the dialog at the village's proposal (after /ballot VILLAGE close), or says why there is none.</summary>
    public void Offer(Turn turn, VillageDoc village)
    {
        var session = new BallotScoreSession();
        var flow = new Flow(this, turn, session);
        if (!flow.CanPropose(village, out var refusal))
        {
            turn.Say(refusal);
            return;
        }
        turn.OpenDialog(this);
        flow.Choose(village);
        turn.SaveSession(session);
    }

    protected override IDialogFlow Open(Turn turn, BallotScoreSession session) => new Flow(this, turn, session);

    internal sealed record Machine(
        StateMachine<BallotScoreState, Trigger> Fsm,
        StateMachine<BallotScoreState, Trigger>.TriggerWithParameters<int> ChooseVillage);

    internal static Machine Build(BallotScoreSession s)
    {
        var m = new StateMachine<BallotScoreState, Trigger>(() => s.State, state => s.State = state);
        var village = m.SetTriggerParameters<int>(Trigger.ChooseVillage);

        m.Configure(BallotScoreState.Village)
            .Permit(Trigger.ChooseVillage, BallotScoreState.Proposal);

        m.Configure(BallotScoreState.Proposal)
            .OnEntryFrom(village, id => s.VillageId = id, "remember the village")
            .Permit(Trigger.Confirm, BallotScoreState.Done)
            .Permit(Trigger.Cancel, BallotScoreState.Done)
            .PermitReentry(Trigger.Changed)
            .Permit(Trigger.Leave, BallotScoreState.Village);

        return new Machine(m, village);
    }
}
