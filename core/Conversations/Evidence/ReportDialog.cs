using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Evidence;
using Stateless;
using Stateless.Graph;

namespace ChatAppraisal.Conversations.Evidence;

/// <summary>
/// /report VILLAGE: the village's written report (党组织书记书面汇报), then the first secretary's account (第一书记述职),
/// each as a .docx, .pdf or .txt file or pasted as messages until 完成. Word and text are counted (<see cref="ReportReader"/>):
/// a short written report or a missing part is warned about, never refused.
/// </summary>
public sealed class ReportDialog(VillageRoster roster, Sheets sheets, Attachments attachments) : FlowDialog<ReportSession>, IDialog
{
    enum Trigger
    {
        ChooseVillage,
        Next,
        Back,
    }

    /// <summary>A Telegram message holds 4,096 characters; a pasted report comes in several.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>More than this pasted is refused: a report that long belongs in a file.</summary>
    public const int MaxDraftCharacters = 100_000;

    const string DoneData = "done", SkipData = "skip";

    readonly VillageRoster _roster = roster;
    readonly Sheets _sheets = sheets;
    readonly Attachments _attachments = attachments;

    public override string Name => "report";
    public override IReadOnlyList<string> Words => ["汇报"];
    public override Role Requires => Role.Examiner;

    /// <summary>The group leader too: at the meeting it is often the leader who takes the report and photographs the ledgers.</summary>
    /// And a village's own official (村干部), who hands in their own village's report before the visit, for that village only.
    public override bool Allows(MemberDoc member) => member.Has(Role.Examiner) || member.Has(Role.GroupLeader) || OwnVillageOnly(member) is not null;

    /// <summary>The one village a village's official (without an examiner's post) hands reports in for; null for examiners.</summary>
    static int? OwnVillageOnly(MemberDoc member) =>
        member.Holds(Role.Village) && !member.Has(Role.Examiner) && !member.Has(Role.GroupLeader) ? member.VillageId : null;
    public override string Describe(Texts texts) => texts.DescribeReport;
    public override string Help(Texts texts) => texts.ReportHelp;
    int IDialog.MaxTextLength => MaxMessageLength;

    public override string Diagram() => MermaidGraph.Format(Build(new ReportSession()).GetInfo());

    protected override IDialogFlow Open(Turn turn, ReportSession session) => new Flow(this, turn, session);

    static StateMachine<ReportState, Trigger> Build(ReportSession s)
    {
        var m = new StateMachine<ReportState, Trigger>(() => s.State, state => s.State = state);
        m.Configure(ReportState.Village).Permit(Trigger.ChooseVillage, ReportState.Written);
        m.Configure(ReportState.Written)
            .OnEntry(() => s.Draft.Clear(), "nothing pasted yet")
            .Permit(Trigger.Next, ReportState.Account)
            .Permit(Trigger.Back, ReportState.Village);
        m.Configure(ReportState.Account)
            .OnEntry(() => s.Draft.Clear(), "nothing pasted yet")
            .Permit(Trigger.Back, ReportState.Written);
        return m;
    }

    sealed class Flow(ReportDialog dialog, Turn turn, ReportSession s) : IFileFlow
    {
        readonly StateMachine<ReportState, Trigger> _fsm = Build(s);

        Texts T => turn.Texts;
        PeriodView Period => turn.Period;
        AttachmentKind Kind => s.State == ReportState.Account ? AttachmentKind.SecretaryAccount : AttachmentKind.WrittenReport;
        VillageDoc? Village => dialog._roster.Find(s.VillageId);

        public void Prompt(string? note = null)
        {
            if (s.State == ReportState.Village)
            {
                if (OwnVillageOnly(turn.Member) is { } own) ChooseOwnVillage(own, note);
                else VillageChoice.Ask(turn, dialog._roster, dialog._sheets, Join(note, T.ReportChooseVillage), VillageChoice.Prefix);
                return;
            }
            if (!StillOpen()) return;
            var existing = dialog._attachments.ForVillage(Period.Id, s.VillageId).Count(a => a.Kind == Kind);
            var text = s.Draft.Count == 0 ? T.ReportAsk(Village!.Name, Kind, existing) : T.ReportPastedSoFar(s.Draft.Count, ReportReader.CountCharacters(Pasted));
            turn.Ask(Join(note, text), [[(T.ReportDone, DoneData), (T.ReportSkip, SkipData)]]);
        }

        public void Typed(string text)
        {
            if (s.State == ReportState.Village)
            {
                if (OwnVillageOnly(turn.Member) is { } own)
                {
                    // A village's official names no village: whatever they typed, it is their own village's report.
                    var typed = VillageChoice.Find(dialog._roster.All(), text, T, out _);
                    ChooseOwnVillage(own, typed is not null && typed.Id != own ? T.ReportOwnVillageOnly(dialog._roster.Find(own)?.Name ?? "") : null);
                }
                else if (VillageChoice.Find(dialog._roster.All(), text, T, out var refusal) is { } village) ChooseVillage(village);
                else Refuse(refusal);
                return;
            }
            if (!StillOpen()) return;
            if (Is(text, T.ReportDone) || TypedWords.Means(text, TypedWords.Done)) Done();
            else if (Is(text, T.ReportSkip) || TypedWords.Means(text, TypedWords.Skip)) Next();
            else if (Pasted.Length + text.Length > MaxDraftCharacters) Refuse(T.TooLong(MaxDraftCharacters));
            else
            {
                s.Draft.Add(text);
                Prompt();
            }
        }

        public void Pressed(string data)
        {
            switch (s.State, data)
            {
                case (ReportState.Village, _) when VillageChoice.Pressed(data, out var id):
                    if (dialog._roster.Find(id) is { } village) ChooseVillage(village);
                    else Refuse(T.VillageGone);
                    break;
                case (not ReportState.Village, DoneData):
                    if (StillOpen()) Done();
                    break;
                case (not ReportState.Village, SkipData):
                    if (StillOpen()) Next();
                    break;
                default:
                    Refuse(T.ButtonExpired);
                    break;
            }
        }

        public void Back()
        {
            if (!_fsm.CanFire(Trigger.Back) || s.State == ReportState.Written && OwnVillageOnly(turn.Member) is not null)
            {
                Refuse(T.AlreadyFirstStep);
                return;
            }
            _fsm.Fire(Trigger.Back);
            Prompt();
        }

        public void Received(ChatFile file)
        {
            if (s.State == ReportState.Village)
            {
                Refuse(T.ReportChooseVillage);
                return;
            }
            if (!StillOpen()) return;
            if (ContentSniffer.Sniff(file.Content, file.FileName) is { Ok: true, Type: not (FileType.Docx or FileType.Pdf or FileType.Text) })
            {
                Refuse(T.ReportWrongType(file.FileName));
                return;
            }
            var outcome = dialog._attachments.AddReport(turn.Actor, Period, s.VillageId, Kind, file);
            if (!Stored(outcome, file.FileName, pasted: false))
            {
                if (outcome.Refusal is not (AttachRefusal.Sealed or AttachRefusal.UnknownVillage))
                    Refuse(T.FileRefused(outcome.Refusal, file.FileName, file.Content.LongLength, dialog._attachments.Options.MaxAttachmentsMegabytes));
                return;
            }
            if (s.Draft.Count > 0) turn.Say(T.ReportDraftDropped(ReportReader.CountCharacters(Pasted)));
            Next();
        }

        string Pasted => string.Join("\n", s.Draft);

        void Done()
        {
            if (s.Draft.Count == 0)
            {
                Refuse(T.ReportNothingPasted);
                return;
            }
            var name = $"{Village!.Name}_{T.ReportKindName(Kind)}.txt";
            var outcome = dialog._attachments.AddPastedReport(turn.Actor, Period, s.VillageId, Kind, Pasted, name);
            if (Stored(outcome, name, pasted: true)) Next();
            else if (outcome.Refusal is not (AttachRefusal.Sealed or AttachRefusal.UnknownVillage))
                Refuse(T.FileRefused(outcome.Refusal, name, outcome.Attachment?.Size ?? 0, dialog._attachments.Options.MaxAttachmentsMegabytes));
        }

        /// <summary>Says what was stored and its warnings; a sealed or removed village ends the dialog.</summary>
        bool Stored(AttachOutcome outcome, string fileName, bool pasted)
        {
            switch (outcome.Refusal)
            {
                case AttachRefusal.None:
                    turn.Say(T.ReportStored(Kind, fileName, outcome.Reading!, pasted));
                    return true;
                case AttachRefusal.Sealed:
                    turn.Say(T.Sealed(Village?.Name ?? "", outcome.Seal!.SignedByName));
                    turn.EndDialog();
                    return false;
                case AttachRefusal.UnknownVillage:
                    turn.Say(T.VillageGone);
                    turn.EndDialog();
                    return false;
                default:
                    return false;
            }
        }

        void Next()
        {
            if (s.State == ReportState.Account)
            {
                turn.Say(T.ReportFinished(Village!.Name));
                turn.EndDialog();
                return;
            }
            _fsm.Fire(Trigger.Next);
            Prompt();
        }

        /// <summary>A village's official goes straight to their own village; sealed or removed, the dialog ends saying so.</summary>
        void ChooseOwnVillage(int villageId, string? note)
        {
            if (note is not null) turn.Say(note);
            if (dialog._roster.Find(villageId) is not { } village)
            {
                turn.Say(T.VillageGone);
                turn.EndDialog();
                return;
            }
            if (dialog._sheets.SealOf(Period, village.Id) is { } seal)
            {
                turn.Say(T.Sealed(village.Name, seal.SignedByName));
                turn.EndDialog();
                return;
            }
            s.VillageId = village.Id;
            _fsm.Fire(Trigger.ChooseVillage);
            Prompt();
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

        /// <summary>False (and the dialog closed) when the village was removed or sealed meanwhile.</summary>
        bool StillOpen()
        {
            if (Village is not { } village)
            {
                turn.Say(T.VillageGone);
                turn.EndDialog();
                return false;
            }
            if (dialog._sheets.SealOf(Period, village.Id) is { } seal)
            {
                turn.Say(T.Sealed(village.Name, seal.SignedByName));
                turn.EndDialog();
                return false;
            }
            return true;
        }

        void Refuse(string message)
        {
            turn.Say(message);
            Prompt();
        }

        static bool Is(string text, string label) => string.Equals(text.Trim(), label, StringComparison.OrdinalIgnoreCase);

        static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
