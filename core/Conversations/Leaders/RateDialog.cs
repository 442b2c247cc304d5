using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Members;
using Stateless;
using Stateless.Graph;

namespace ChatAppraisal.Conversations.Leaders;

/// <summary>
/// /rate, a leader's guided rating: village → one prompt per category with its cap → summary → 确认 / 取消.
/// A plain rating message (<see cref="RatingMessage"/>) opens the same dialog at its summary, so both ways share
/// the 确认 step. Ratings are saved through <see cref="LeaderRatings"/> (score book: checked again, audited).
/// </summary>
public sealed partial class RateDialog(VillageRoster roster, LeaderRatings ratings) : FlowDialog<RateSession>
{
    internal enum Trigger
    {
        ChooseVillage,
        Answered,
        Previous,
        /// <summary>A whole rating, checked: typed as one message or 15 numbers at a prompt.</summary>
        Summarize,
        Save,
        Cancel,
        /// <summary>The village was removed meanwhile.</summary>
        Leave,
    }

    readonly VillageRoster _roster = roster;
    readonly LeaderRatings _ratings = ratings;

    // Button data (the engine adds the generation in front).
    const string MaxData = "max", ZeroData = "zero", KeepData = "keep", PreviousData = "prev", SaveData = "ok", CancelData = "cancel";

    public override string Name => "rate";
    public override int? MenuPlace => 2;
    public override IReadOnlyList<string> Words => ["班子评分"];
    public override Role Requires => Role.Leader;

    public override string Describe(Texts texts) => texts.DescribeRate;

    public override string Help(Texts texts) => texts.RateHelp;

    public override string Diagram() => MermaidGraph.Format(Build(new RateSession(), _ => null, () => 14).Fsm.GetInfo());

    /// <summary>Opens the dialog at the summary of a rating sent as one message.</summary>
    public void Summarize(Turn turn, ParsedRating rating)
    {
        // A leader who works for the village (包村干部) is told at once, without opening the dialog.
        if (turn.Member.WorksFor(rating.VillageId) && turn.Period.Policy.ConflictedLeaders == Scoring.ConflictedLeaders.Refuse)
        {
            turn.Say(turn.Texts.ConflictedLeaderRefused(rating.Village));
            return;
        }
        turn.OpenDialog(this);
        var session = new RateSession();
        new Flow(this, turn, session).Summarize(rating);
        turn.SaveSession(session);
    }

    protected override IDialogFlow Open(Turn turn, RateSession session) => new Flow(this, turn, session);

    internal sealed record Machine(
        StateMachine<RateState, Trigger> Fsm,
        StateMachine<RateState, Trigger>.TriggerWithParameters<VillageDoc> ChooseVillage,
        StateMachine<RateState, Trigger>.TriggerWithParameters<ParsedRating> Summarize);

    /// <param name="earlier">The leader's earlier values for a village, or null.</param>
    /// <param name="lastCategory">The rubric's last category index.</param>
    internal static Machine Build(RateSession s, Func<int, IReadOnlyList<decimal>?> earlier, Func<int> lastCategory)
    {
        var m = new StateMachine<RateState, Trigger>(() => s.State, state => s.State = state);
        var village = m.SetTriggerParameters<VillageDoc>(Trigger.ChooseVillage);
        var summarize = m.SetTriggerParameters<ParsedRating>(Trigger.Summarize);

        void Keep(ParsedRating r) => (s.VillageId, s.Village, s.Values) = (r.VillageId, r.Village, r.Values.Select(v => (decimal?)v).ToList());

        m.Configure(RateState.Village)
            .Permit(Trigger.ChooseVillage, RateState.Category)
            .Permit(Trigger.Summarize, RateState.Confirm);

        m.Configure(RateState.Category)
            .OnEntryFrom(village, v =>
            {
                (s.VillageId, s.Village, s.Category) = (v.Id, v.Name, 0);
                s.Values = earlier(v.Id)?.Select(x => (decimal?)x).ToList() ?? [.. new decimal?[lastCategory() + 1]];
            }, "first category, earlier values kept")
            .OnEntryFrom(Trigger.Answered, () => s.Category++, "next category")
            .OnEntryFrom(Trigger.Previous, t => s.Category = t.Source == RateState.Confirm ? lastCategory() : s.Category - 1, "previous category")
            .PermitReentryIf(Trigger.Answered, () => s.Category < lastCategory(), "more categories")
            .PermitIf(Trigger.Answered, RateState.Confirm, () => s.Category >= lastCategory(), "last category")
            .PermitReentryIf(Trigger.Previous, () => s.Category > 0, "not the first category")
            .PermitIf(Trigger.Previous, RateState.Village, () => s.Category == 0, "first category")
            .Permit(Trigger.Summarize, RateState.Confirm)
            .Permit(Trigger.Leave, RateState.Village);

        m.Configure(RateState.Confirm)
            .OnEntryFrom(summarize, Keep, "keep the checked rating")
            .PermitReentry(Trigger.Summarize)
            .Permit(Trigger.Previous, RateState.Category)
            .Permit(Trigger.Save, RateState.Done)
            .Permit(Trigger.Cancel, RateState.Done)
            .Permit(Trigger.Leave, RateState.Village);

        return new Machine(m, village, summarize);
    }
}
