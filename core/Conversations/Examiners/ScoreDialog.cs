using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Evidence;
using Stateless;
using Stateless.Graph;

namespace ChatAppraisal.Conversations.Examiners;

/// <summary>
/// /score, the examiner's dialog: village → category → one prompt per item (or the whole category at once) → review → confirm.
/// The machine runs over the stored <see cref="ScoreSession"/>; scores go through <see cref="ScoreBook"/> (audited, refuses sealed sheets).
/// A photo or file sent at an item prompt is attached to that item (<see cref="Attachments"/>). Once a village is chosen,
/// 加分/扣分/否决 lines are taken at any step (<see cref="SideEntry"/>, saved through <see cref="Adjustments"/>).
/// </summary>
public sealed partial class ScoreDialog(VillageRoster roster, ScoreBook scoreBook, Sheets sheets, CategoryConfirmations confirmations, Attachments attachments,
    Adjustments adjustments) : FlowDialog<ScoreSession>
{
    internal enum Trigger
    {
        ChooseVillage,
        ChooseCategory,
        Answered,
        Previous,
        QuickEntry,
        Edit,
        Confirm,
        ChangeVillage,
        /// <summary>The village was sealed or removed meanwhile.</summary>
        Leave,
    }

    readonly VillageRoster _roster = roster;
    readonly ScoreBook _scoreBook = scoreBook;
    readonly Sheets _sheets = sheets;
    readonly CategoryConfirmations _confirmations = confirmations;
    readonly Attachments _attachments = attachments;
    readonly Adjustments _adjustments = adjustments;

    // Button data (the engine adds the generation in front).
    const string CategoryPrefix = "c:", EditPrefix = "e:";
    const string FullData = "max", ZeroData = "zero", SkipData = "skip", PreviousData = "prev", ConfirmData = "ok", VillagesData = "villages";

    public override string Name => "score";
    public override int? MenuPlace => 1;
    public override IReadOnlyList<string> Words => ["评分", "打分"];
    public override Role Requires => Role.Examiner;
    public override string Describe(Texts texts) => texts.DescribeScore;
    public override string Help(Texts texts) => texts.ScoreHelp;

    public override string Diagram() => MermaidGraph.Format(Build(new ScoreSession(), _ => false, _ => 0, () => 0).Fsm.GetInfo());

    protected override IDialogFlow Open(Turn turn, ScoreSession session) => new Flow(this, turn, session);

    internal sealed record Machine(
        StateMachine<ScoreState, Trigger> Fsm,
        StateMachine<ScoreState, Trigger>.TriggerWithParameters<int> ChooseVillage,
        StateMachine<ScoreState, Trigger>.TriggerWithParameters<int> ChooseCategory,
        StateMachine<ScoreState, Trigger>.TriggerWithParameters<int> Edit);

    /// <param name="complete">Whether a category (index) has every item scored.</param>
    /// <param name="firstMissing">A category's first unscored item.</param>
    /// <param name="lastItem">The current category's last item index.</param>
    internal static Machine Build(ScoreSession s, Func<int, bool> complete, Func<int, int> firstMissing, Func<int> lastItem)
    {
        var m = new StateMachine<ScoreState, Trigger>(() => s.State, state => s.State = state);
        var village = m.SetTriggerParameters<int>(Trigger.ChooseVillage);
        var category = m.SetTriggerParameters<int>(Trigger.ChooseCategory);
        var edit = m.SetTriggerParameters<int>(Trigger.Edit);

        m.Configure(ScoreState.Village)
            .Permit(Trigger.ChooseVillage, ScoreState.Category);

        m.Configure(ScoreState.InVillage)
            .Permit(Trigger.Leave, ScoreState.Village);

        m.Configure(ScoreState.Category)
            .SubstateOf(ScoreState.InVillage)
            .OnEntryFrom(village, id => s.VillageId = id, "remember the village")
            .Permit(Trigger.ChangeVillage, ScoreState.Village)
            .PermitIf(category, ScoreState.Review, c => complete(c), "every item scored")
            .PermitIf(category, ScoreState.Item, c => !complete(c), "items missing");

        m.Configure(ScoreState.Item)
            .SubstateOf(ScoreState.InVillage)
            .OnEntryFrom(category, c => (s.Category, s.Item, s.FromReview) = (c, firstMissing(c), false), "first unscored item")
            .OnEntryFrom(edit, n => (s.Item, s.FromReview) = (n, true), "item N")
            .OnEntryFrom(Trigger.Answered, () => s.Item++, "next item")
            .OnEntryFrom(Trigger.Previous, t => s.Item = t.Source == ScoreState.Review ? lastItem() : s.Item - 1, "previous item")
            .PermitReentryIf(Trigger.Answered, () => s.Item < lastItem() && !s.FromReview, "more items")
            .PermitIf(Trigger.Answered, ScoreState.Review, () => s.Item >= lastItem() || s.FromReview, "last item, or opened from the review")
            .PermitReentryIf(Trigger.Previous, () => s.Item > 0, "not the first item")
            .PermitIf(Trigger.Previous, ScoreState.Category, () => s.Item == 0, "first item")
            .Permit(Trigger.QuickEntry, ScoreState.Review);

        m.Configure(ScoreState.Review)
            .SubstateOf(ScoreState.InVillage)
            .OnEntry(() => s.FromReview = false, "back at the review")
            .OnEntryFrom(category, c => s.Category = c, "the chosen category")
            .Permit(Trigger.Confirm, ScoreState.Category)
            .Permit(Trigger.Edit, ScoreState.Item)
            .Permit(Trigger.Previous, ScoreState.Item);

        return new Machine(m, village, category, edit);
    }
}
