using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Ratings;

namespace ChatAppraisal.Conversations.Signing;

public sealed partial class SignDialog
{
    /// <summary>One call of the dialog: the turn, its session, the machine over it, the village's sheet read once.</summary>
    sealed class Flow : IDialogFlow
    {
        readonly SignDialog _dialog;
        readonly Turn _turn;
        readonly SignSession _s;
        readonly Machine _machine;
        Sheet? _sheet;

        public Flow(SignDialog dialog, Turn turn, SignSession session)
        {
            _dialog = dialog;
            _turn = turn;
            _s = session;
            _machine = Build(session, () => Sheet?.Missing ?? 0);
        }

        Texts T => _turn.Texts;
        Texts R => _turn.Texts;
        PeriodView Period => _turn.Period;
        Sheet? Sheet => _sheet ??= _dialog._sheets.Load(Period, _s.VillageId);

        // ---- prompts

        public void Prompt(string? note = null)
        {
            if (_s.State == SignState.Village)
            {
                PromptVillage(note);
                return;
            }
            if (!Signable(note)) return;
            if (_s.State == SignState.SecondConfirmation && Sheets.Fingerprint(Sheet!) != _s.Shown)
            {
                // Changed while the second confirmation waited (after /help, say): the new sheet must be read first.
                Fire(Trigger.Changed);
                note = Join(note, T.SignChanged);
            }
            if (_s.State == SignState.Summary)
            {
                _s.Shown = Sheets.Fingerprint(Sheet!);
                _turn.Ask(Join(note, R.SignSummary(Sheet!)), [[(R.SignAndSeal, SignData), (R.Cancel, CancelData)]]);
            }
            else
            {
                _turn.Ask(Join(note, R.SignSecondConfirmation(Sheet!)), [[(R.SignAnyway, AnywayData), (R.Cancel, CancelData)]]);
            }
        }

        /// <summary>False (and back at the village list) when the village was removed or sealed meanwhile.</summary>
        bool Signable(string? note)
        {
            if (Sheet is null) _turn.Say(T.VillageGone);
            else if (Sheet.Seal is { } seal) _turn.Say(R.SealRefused(SealRefusal.AlreadySealed, Sheet.Village.Name, seal));
            else return true;
            Fire(Trigger.Leave);
            PromptVillage(note);
            return false;
        }

        void PromptVillage(string? note) => VillageChoice.Ask(_turn, _dialog._roster, _dialog._sheets, Join(note, T.SignChooseVillage), VillageChoice.Prefix);

        // ---- input

        public void Typed(string text)
        {
            var folded = Points.Normalize(text).Replace(" ", "");
            switch (_s.State)
            {
                case SignState.Village:
                    TypedVillage(text);
                    break;
                case SignState.Summary when Is(folded, [R.SignAndSeal, .. TypedWords.Sign]):
                    Sign();
                    break;
                case SignState.SecondConfirmation when Is(folded, [R.SignAnyway, .. TypedWords.SignAnyway]):
                    Sign();
                    break;
                case SignState.Summary or SignState.SecondConfirmation when Is(folded, [R.Cancel, .. TypedWords.Cancel]):
                    Cancel();
                    break;
                default:
                    Refuse(T.SignHint);
                    break;
            }
        }

        public void Pressed(string data)
        {
            switch (_s.State, data)
            {
                case (SignState.Village, _) when VillageChoice.Pressed(data, out var id):
                    if (_dialog._roster.Find(id) is { } village) ChooseVillage(village);
                    else Refuse(T.VillageGone);
                    break;
                case (SignState.Summary, SignData):
                case (SignState.SecondConfirmation, AnywayData):
                    Sign();
                    break;
                case (SignState.Summary or SignState.SecondConfirmation, CancelData):
                    Cancel();
                    break;
                default:
                    Refuse(T.ButtonExpired);
                    break;
            }
        }

        public void Back()
        {
            if (_s.State == SignState.Village)
            {
                Refuse(T.AlreadyFirstStep);
                return;
            }
            Fire(Trigger.Previous);
            Prompt();
        }

        void TypedVillage(string text)
        {
            if (VillageChoice.Find(Villages(), text, T, out var refusal) is { } village) ChooseVillage(village);
            else Refuse(refusal);
        }

        void ChooseVillage(VillageDoc village)
        {
            if (_dialog._sheets.SealOf(Period, village.Id) is not null)
            {
                Refuse(R.SealRefused(SealRefusal.AlreadySealed, village.Name, _dialog._sheets.Load(Period, village.Id)?.Seal));
                return;
            }
            _sheet = null;
            _machine.Fsm.Fire(_machine.ChooseVillage, village.Id);
            Prompt();
        }

        /// <summary>签字密封 (or, for an incomplete sheet, 仍然签字密封): seals what the summary showed, nothing else.</summary>
        void Sign()
        {
            if (!Signable(null)) return;
            if (Sheets.Fingerprint(Sheet!) != _s.Shown)
            {
                Fire(Trigger.Changed);
                Prompt(T.SignChanged);
                return;
            }
            if (_s.State == SignState.Summary && Sheet!.Missing > 0)
            {
                Fire(Trigger.Sign);
                Prompt();
                return;
            }
            var refusal = _dialog._sheets.Seal(_turn.Actor, Period, _s.VillageId);
            _sheet = null;
            if (refusal != SealRefusal.None)
            {
                Fire(Trigger.Leave);
                Refuse(R.SealRefused(refusal, Sheet?.Village.Name ?? "", Sheet?.Seal));
                return;
            }
            _turn.Say(R.SheetSealed(Sheet!));
            Fire(_s.State == SignState.Summary ? Trigger.Sign : Trigger.SignAnyway);
            _turn.EndDialog();
        }

        void Cancel()
        {
            _turn.Say(R.SignCancelled);
            Fire(Trigger.Cancel);
            _turn.EndDialog();
        }

        void Refuse(string message)
        {
            _turn.Say(message);
            Prompt();
        }

        void Fire(Trigger trigger) => _machine.Fsm.Fire(trigger);

        IReadOnlyList<VillageDoc> Villages() => _dialog._roster.All();

        static bool Is(string text, params string[] labels) => labels.Any(l => string.Equals(text.Trim(), l.Replace(" ", ""), StringComparison.OrdinalIgnoreCase));

        static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
