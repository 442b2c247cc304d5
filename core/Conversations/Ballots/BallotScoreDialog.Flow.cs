using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Conversations.Ballots;

public sealed partial class BallotScoreDialog
{
    /// <summary>One call of the dialog: the turn, its session, the machine over it.</summary>
    sealed class Flow(BallotScoreDialog dialog, Turn turn, BallotScoreSession session) : IDialogFlow
    {
        readonly Machine _machine = Build(session);

        Texts T => turn.Texts;
        PeriodView Period => turn.Period;

        /// <summary>The village's closed ballot, its policy and proposal, or why nothing can be proposed.</summary>
        sealed record Ready(VillageDoc Village, BallotDoc Ballot, BallotPolicyDoc Policy, BallotProposal Proposal);

        Ready? Prepare(VillageDoc village, out string refusal)
        {
            var check = dialog._scores.Check(Period, village.Id);
            refusal = Refusal(check, village.Name);
            return check.Ok ? new Ready(village, check.Ballot!, check.Policy!, check.Proposal!) : null;
        }

        /// <summary>Why the ballot's scores cannot be stored, in the member's words.</summary>
        string Refusal(BallotScoreCheck check, string village) => check.Refusal switch
        {
            BallotScoreRefusal.None or BallotScoreRefusal.Changed => "",
            BallotScoreRefusal.UnknownVillage => T.VillageGone,
            BallotScoreRefusal.NoBallot => T.BallotNone(village),
            BallotScoreRefusal.NotClosed => T.BallotScoreNotClosed(village),
            BallotScoreRefusal.NoVotes => T.BallotNoVotes(village),
            BallotScoreRefusal.TooFewVotes => T.BallotTooFewVotes(village, check.Ballot!.Cast, check.Policy!.MinimumVotes),
            BallotScoreRefusal.NoItems => T.BallotMissingItems(check.Proposal!.Missing),
            BallotScoreRefusal.Sealed => T.BallotCount(new BallotShown(check.Ballot!, check.Policy!)) + "\n" +
                turn.Texts.ScoreRefused(new ScoreOutcome(ScoreRefusal.Sealed, check.Seal), village),
            BallotScoreRefusal.Published => T.BallotCount(new BallotShown(check.Ballot!, check.Policy!)) + "\n" +
                turn.Texts.ScoreRefused(new ScoreOutcome(ScoreRefusal.Published), village),
            _ => check.Refusal.ToString(),
        };

        public bool CanPropose(VillageDoc village, out string refusal) => Prepare(village, out refusal) is not null;

        public void Choose(VillageDoc village)
        {
            _machine.Fsm.Fire(_machine.ChooseVillage, village.Id);
            Prompt();
        }

        // ---- prompts

        public void Prompt(string? note = null)
        {
            if (session.State == BallotScoreState.Village)
            {
                PromptVillage(note);
                return;
            }
            if (Current(out var refusal) is not { } ready)
            {
                Leave(refusal);
                return;
            }
            if (session.Shown is { Length: > 0 } shown && shown != ready.Proposal.Fingerprint) note = Join(note, T.BallotProposalChanged);
            session.Shown = ready.Proposal.Fingerprint;
            var text = T.BallotProposal(ready.Village.Name, new BallotShown(ready.Ballot, ready.Policy), ready.Policy, ready.Proposal);
            if (ready.Proposal.Missing.Count > 0) text += "\n" + T.BallotMissingItems(ready.Proposal.Missing);
            turn.Ask(Join(note, text), [[(T.BallotConfirm, ConfirmData), (T.BallotCancel, CancelData)]]);
        }

        /// <summary>Villages whose ballot is closed with votes, as buttons; with none, says how to get there and ends.</summary>
        void PromptVillage(string? note)
        {
            var minimum = dialog._policies.For(Period.Id).MinimumVotes;
            var closed = dialog._book.InPeriod(Period.Id).Where(b => b.Closed && b.Cast > 0 && b.Cast >= minimum)
                .Select(b => dialog._roster.Find(b.VillageId)).OfType<VillageDoc>().ToList();
            if (closed.Count == 0)
            {
                turn.Say(Join(note, T.BallotScoreUsage));
                turn.EndDialog();
                return;
            }
            turn.Ask(Join(note, T.BallotScoreUsage), closed.Select(v => (v.Name, VillageChoice.Prefix + v.Id)).Chunk(2));
        }

        Ready? Current(out string refusal)
        {
            if (dialog._roster.Find(session.VillageId) is not { } village)
            {
                refusal = T.VillageGone;
                return null;
            }
            return Prepare(village, out refusal);
        }

        // ---- input

        public void Typed(string text)
        {
            var folded = Points.Normalize(text).Replace(" ", "");
            switch (session.State)
            {
                case BallotScoreState.Village:
                    TypedVillage(text);
                    break;
                case BallotScoreState.Proposal when Is(folded, [T.BallotConfirm, .. TypedWords.Confirm]):
                    Confirm();
                    break;
                case BallotScoreState.Proposal when Is(folded, [T.BallotCancel, .. TypedWords.Cancel]):
                    Cancel();
                    break;
                default:
                    Refuse(T.BallotScoreHint);
                    break;
            }
        }

        public void Pressed(string data)
        {
            switch (session.State, data)
            {
                case (BallotScoreState.Village, _) when VillageChoice.Pressed(data, out var id):
                    if (dialog._roster.Find(id) is { } village) TryChoose(village);
                    else Refuse(T.VillageGone);
                    break;
                case (BallotScoreState.Proposal, ConfirmData):
                    Confirm();
                    break;
                case (BallotScoreState.Proposal, CancelData):
                    Cancel();
                    break;
                default:
                    Refuse(T.ButtonExpired);
                    break;
            }
        }

        public void Back() => Refuse(T.AlreadyFirstStep);

        void TypedVillage(string text)
        {
            var villages = dialog._roster.All();
            if (VillageChoice.ByName(villages, text, T, out var refusal) is { } village) TryChoose(village);
            else Refuse(refusal);
        }

        void TryChoose(VillageDoc village)
        {
            if (CanPropose(village, out var refusal)) Choose(village);
            else Refuse(refusal);
        }

        /// <summary>确认: stores exactly what was shown (<see cref="BallotScores.Store"/>: audited, the ballot named).</summary>
        void Confirm()
        {
            var village = dialog._roster.Find(session.VillageId)?.Name ?? "";
            var stored = dialog._scores.Store(turn.Actor, Period, session.VillageId, session.Shown);
            switch (stored.Refusal)
            {
                case BallotScoreRefusal.None:
                    turn.Say(T.BallotScoresStored(village, stored.Proposal!));
                    _machine.Fsm.Fire(Trigger.Confirm);
                    turn.EndDialog();
                    break;
                case BallotScoreRefusal.Changed:
                    _machine.Fsm.Fire(Trigger.Changed);
                    Prompt();
                    break;
                default:
                    Leave(Refusal(stored, village));
                    break;
            }
        }

        void Cancel()
        {
            var village = dialog._roster.Find(session.VillageId)?.Name ?? "";
            turn.Say(T.BallotScoresCancelled(village));
            _machine.Fsm.Fire(Trigger.Cancel);
            turn.EndDialog();
        }

        /// <summary>The proposal cannot be stored: say why and end (a sealed sheet stays sealed until an admin reopens it).</summary>
        void Leave(string refusal)
        {
            turn.Say(refusal);
            if (session.State == BallotScoreState.Proposal) _machine.Fsm.Fire(Trigger.Leave);
            turn.EndDialog();
        }

        void Refuse(string message)
        {
            turn.Say(message);
            Prompt();
        }

        static bool Is(string text, params string[] labels) => labels.Any(l => string.Equals(text.Trim(), l.Replace(" ", ""), StringComparison.OrdinalIgnoreCase));

        static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
