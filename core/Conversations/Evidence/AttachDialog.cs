using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Evidence;
using ChatAppraisal.Scoring;
using Stateless;
using Stateless.Graph;

namespace ChatAppraisal.Conversations.Evidence;

/// <summary>
/// /attach, and what the engine opens for a photo or file sent with no dialog open: the files wait as pending attachments
/// while the examiner chooses the village, the category and the item; then they are attached there (audited). Several
/// files sent together (an album) go to the same item.
/// </summary>
public sealed class AttachDialog(VillageRoster roster, Sheets sheets, Attachments attachments) : FlowDialog<AttachSession>
{
    enum Trigger
    {
        FileCame,
        ChooseVillage,
        ChooseCategory,
        Back,
    }

    const string CategoryPrefix = "c:", ItemPrefix = "i:";

    public override string Name => "attach";
    public override bool TakesFiles => true;
    public override IReadOnlyList<string> Words => ["附件"];
    public override Role Requires => Role.Examiner;

    /// <summary>The group leader too: at the meeting it is often the leader who takes the report and photographs the ledgers.</summary>
    public override bool Allows(MemberDoc member) => member.Has(Role.Examiner) || member.Has(Role.GroupLeader);
    public override string Describe(Texts texts) => texts.DescribeAttach;
    public override string Help(Texts texts) => texts.AttachHelp;

    public override string Diagram() => MermaidGraph.Format(Build(new AttachSession()).GetInfo());

    protected override IDialogFlow Open(Turn turn, AttachSession session) => new Flow(this, turn, session);

    static StateMachine<AttachState, Trigger> Build(AttachSession s)
    {
        var m = new StateMachine<AttachState, Trigger>(() => s.State, state => s.State = state);
        m.Configure(AttachState.File).Permit(Trigger.FileCame, AttachState.Village);
        m.Configure(AttachState.Village)
            .PermitReentry(Trigger.FileCame)
            .Permit(Trigger.ChooseVillage, AttachState.Category);
        m.Configure(AttachState.Category)
            .PermitReentry(Trigger.FileCame)
            .Permit(Trigger.ChooseCategory, AttachState.Item)
            .Permit(Trigger.Back, AttachState.Village);
        m.Configure(AttachState.Item)
            .PermitReentry(Trigger.FileCame)
            .Permit(Trigger.Back, AttachState.Category);
        return m;
    }

    sealed class Flow(AttachDialog dialog, Turn turn, AttachSession s) : IFileFlow
    {
        readonly StateMachine<AttachState, Trigger> _fsm = Build(s);

        Texts T => turn.Texts;
        PeriodView Period => turn.Period;
        Rubrics.Rubric Rubric => Period.Rubric;
        VillageDoc? Village => dialog._roster.Find(s.VillageId);

        public void Received(ChatFile file)
        {
            var outcome = dialog._attachments.AddPending(turn.Actor, Period, file);
            if (!outcome.Ok)
            {
                turn.Say(T.FileRefused(outcome.Refusal, file.FileName, file.Content.LongLength, dialog._attachments.Options.MaxAttachmentsMegabytes));
                if (s.PendingIds.Count == 0) turn.EndDialog();
                else Prompt();
                return;
            }
            s.PendingIds.Add(outcome.Attachment!.Id);
            _fsm.Fire(Trigger.FileCame);
            Prompt();
        }

        public void Prompt(string? note = null)
        {
            var pending = Pending();
            if (s.State != AttachState.File && pending.Count == 0)
            {
                turn.Say(T.AttachGone);
                turn.EndDialog();
                return;
            }
            switch (s.State)
            {
                case AttachState.File:
                    turn.Say(Join(note, T.AttachAskFile));
                    break;
                case AttachState.Village:
                    var first = pending[0];
                    var what = pending.Count == 1 ? first.FileName : $"{first.FileName} +{pending.Count - 1}";
                    VillageChoice.Ask(turn, dialog._roster, dialog._sheets, Join(note, T.AttachChooseVillage(what, pending.All(p => p.IsPhoto))), VillageChoice.Prefix);
                    break;
                case AttachState.Category:
                    turn.Ask(Join(note, T.AttachChooseCategory(Village?.Name ?? "")),
                        Rubric.Categories.Select((c, i) => new[] { ($"{i + 1}. {c.Name}", CategoryPrefix + i) }));
                    break;
                default:
                    var category = Rubric.Categories[s.Category];
                    turn.Ask(Join(note, T.AttachChooseItem(Village?.Name ?? "", category.Name)),
                        category.Leaves.Select((item, i) => new[] { (T.AttachItemButton(i + 1, item.Name), ItemPrefix + i) }), numbersAreAnswers: true);
                    break;
            }
        }

        public void Typed(string text)
        {
            switch (s.State)
            {
                case AttachState.File:
                    Prompt();
                    break;
                case AttachState.Village:
                    if (VillageChoice.Find(dialog._roster.All(), text, T, out var refusal) is { } village) ChooseVillage(village);
                    else Refuse(refusal);
                    break;
                case AttachState.Category:
                    TypedCategory(text);
                    break;
                default:
                    var count = Rubric.Categories[s.Category].Leaves.Count;
                    if (int.TryParse(Points.Normalize(text), out var n) && n >= 1 && n <= count) Place(n - 1);
                    else Refuse(T.AttachItemNotFound(text, count));
                    break;
            }
        }

        public void Pressed(string data)
        {
            switch (s.State)
            {
                case AttachState.Village when VillageChoice.Pressed(data, out var id):
                    if (dialog._roster.Find(id) is { } village) ChooseVillage(village);
                    else Refuse(T.VillageGone);
                    break;
                case AttachState.Category when data.StartsWith(CategoryPrefix) && int.TryParse(data[CategoryPrefix.Length..], out var c)
                                               && c >= 0 && c < Rubric.Categories.Count:
                    ChooseCategory(c);
                    break;
                case AttachState.Item when data.StartsWith(ItemPrefix) && int.TryParse(data[ItemPrefix.Length..], out var i)
                                           && i >= 0 && i < Rubric.Categories[s.Category].Leaves.Count:
                    Place(i);
                    break;
                default:
                    Refuse(T.ButtonExpired);
                    break;
            }
        }

        public void Back()
        {
            if (_fsm.CanFire(Trigger.Back))
            {
                _fsm.Fire(Trigger.Back);
                Prompt();
            }
            else Refuse(T.AlreadyFirstStep);
        }

        void ChooseVillage(VillageDoc village)
        {
            if (dialog._sheets.SealOf(Period, village.Id) is { } seal)
            {
                Refuse(T.Sealed(village.Name, seal.SignedByName));
                return;
            }
            s.VillageId = village.Id;
            _fsm.Fire(Trigger.ChooseVillage);
            Prompt();
        }

        void TypedCategory(string text)
        {
            var categories = Rubric.Categories;
            if (int.TryParse(Points.Normalize(text), out var n) && n >= 1 && n <= categories.Count)
            {
                ChooseCategory(n - 1);
                return;
            }
            var match = NameMatch.Find(Enumerable.Range(0, categories.Count).ToList(), text, i => categories[i].Name, i => categories[i].Alias);
            switch (match.Kind)
            {
                case MatchKind.Unique: ChooseCategory(match.Match); break;
                case MatchKind.Ambiguous: Refuse(T.Ambiguous(text, match.Candidates.Select(i => categories[i].Name))); break;
                default: Refuse(T.CategoryNotFound(text, categories.Count)); break;
            }
        }

        void ChooseCategory(int category)
        {
            s.Category = category;
            _fsm.Fire(Trigger.ChooseCategory);
            Prompt();
        }

        /// <summary>Every waiting file onto the item, in one transaction (the update's).</summary>
        void Place(int item)
        {
            foreach (var id in s.PendingIds)
            {
                var outcome = dialog._attachments.Place(turn.Actor, Period, id, s.VillageId, s.Category, item);
                if (outcome.Refusal == AttachRefusal.Sealed)
                {
                    _fsm.Fire(Trigger.Back);
                    _fsm.Fire(Trigger.Back);
                    Refuse(T.Sealed(Village?.Name ?? "", outcome.Seal!.SignedByName));
                    return;
                }
                if (outcome.Refusal == AttachRefusal.UnknownVillage)
                {
                    _fsm.Fire(Trigger.Back);
                    _fsm.Fire(Trigger.Back);
                    Refuse(T.VillageGone);
                    return;
                }
            }
            var category = Rubric.Categories[s.Category];
            var onItem = dialog._attachments.OfSheet(Period.Id, s.VillageId).Where(a => a.Kind == AttachmentKind.Item && a.Category == s.Category && a.Item == item);
            turn.Say(T.AttachPlaced(Village?.Name ?? "", category.Name, category.Leaves[item].Name, T.AttachmentCount(onItem)));
            s.PendingIds.Clear();
            turn.EndDialog();
        }

        /// <summary>The session's files still waiting (one may have gone stale).</summary>
        List<AttachmentDoc> Pending()
        {
            var docs = s.PendingIds.Select(id => dialog._attachments.PendingOf(turn.Member.Id, id)).OfType<AttachmentDoc>().ToList();
            s.PendingIds = docs.Select(d => d.Id).ToList();
            return docs;
        }

        void Refuse(string message)
        {
            turn.Say(message);
            Prompt();
        }

        static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    readonly VillageRoster _roster = roster;
    readonly Sheets _sheets = sheets;
    readonly Attachments _attachments = attachments;
}
