using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Conversations.Leaders;

public sealed partial class RateDialog
{
    /// <summary>One call of the dialog: the turn, its session and the machine over it.</summary>
    sealed class Flow : IDialogFlow
    {
        readonly RateDialog _dialog;
        readonly Turn _turn;
        readonly RateSession _s;
        readonly Machine _machine;

        public Flow(RateDialog dialog, Turn turn, RateSession session)
        {
            _dialog = dialog;
            _turn = turn;
            _s = session;
            _machine = Build(session, Earlier, () => Rubric.Categories.Count - 1);
        }

        Texts T => _turn.Texts;
        Texts R => _turn.Texts;
        PeriodView Period => _turn.Period;
        Rubrics.Rubric Rubric => Period.Rubric;
        VillageDoc? Village => _dialog._roster.Find(_s.VillageId);

        IReadOnlyList<decimal>? Earlier(int villageId) =>
            _dialog._ratings.ValuesOf(Period, villageId, _turn.Member.Id) is { } values && values.Count == Rubric.Categories.Count
                ? values
                : null;

        // ---- prompts

        public void Prompt(string? note = null)
        {
            switch (_s.State)
            {
                case RateState.Village:
                    PromptVillage(note);
                    break;
                case RateState.Category when StillThere(note):
                    PromptCategory(note);
                    break;
                case RateState.Confirm when StillThere(note):
                    PromptConfirm(note);
                    break;
            }
        }

        /// <summary>False (and back at the village list) when the village was removed meanwhile.</summary>
        bool StillThere(string? note)
        {
            if (Village is not null)
            {
                // The rubric may have been edited since this session was stored: ask every category again.
                if (_s.Values.Count != Rubric.Categories.Count) (_s.State, _s.Category, _s.Values) = (RateState.Category, 0, [.. new decimal?[Rubric.Categories.Count]]);
                if (_s.State == RateState.Confirm && _s.Values.Any(v => v is null)) (_s.State, _s.Category) = (RateState.Category, _s.Values.FindIndex(v => v is null));
                return true;
            }
            _turn.Say(T.VillageGone);
            Fire(Trigger.Leave);
            PromptVillage(note);
            return false;
        }

        void PromptVillage(string? note)
        {
            var villages = _dialog._ratings.Villages();
            if (villages.Count == 0)
            {
                _turn.Say(T.NoVillages);
                _turn.EndDialog();
                return;
            }
            var mine = _dialog._ratings.Mine(Period, _turn.Member.Id).Rated.ToDictionary(r => r.VillageId, r => r.Total);
            var buttons = villages.Select(v => (T.RateVillageButton(v.Name, mine.TryGetValue(v.Id, out var total) ? total : null), VillageChoice.Prefix + v.Id));
            _turn.Ask(Join(note, T.RateChooseVillage), buttons.Chunk(2));
        }

        void PromptCategory(string? note)
        {
            var c = Rubric.Categories[_s.Category];
            var current = _s.Values[_s.Category];
            var buttons = new List<(string, string)> { (T.RateMax, MaxData), ("0", ZeroData) };
            if (current is { } keep) buttons.Add((T.RateKeep(keep), KeepData));
            buttons.Add((T.RatePrevious, PreviousData));
            _turn.Ask(Join(note, T.RateCategoryPrompt(_s.Village, _s.Category + 1, Rubric.Categories.Count, c.Name, c.LeaderCap, current)),
                [buttons], numbersAreAnswers: true);
        }

        void PromptConfirm(string? note)
        {
            var rating = Pending();
            var earlier = _dialog._ratings.Earlier(Period, rating.VillageId, _turn.Member.Id);
            _turn.Ask(Join(note, R.RatingSummary(Rubric, rating, earlier)), [[(R.Confirm, SaveData), (R.Cancel, CancelData)]]);
        }

        ParsedRating Pending() => new(_s.VillageId, _s.Village, _s.Values.Select(v => v ?? 0).ToList());

        // ---- input

        public void Typed(string text)
        {
            switch (_s.State)
            {
                case RateState.Village:
                    TypedVillage(text);
                    break;
                case RateState.Category when StillThere(null):
                    TypedCategory(text);
                    break;
                case RateState.Confirm when StillThere(null):
                    TypedConfirm(text);
                    break;
            }
        }

        public void Pressed(string data)
        {
            if (_s.State != RateState.Village && !StillThere(null)) return;
            switch (_s.State, data)
            {
                case (RateState.Village, _) when VillageChoice.Pressed(data, out var id):
                    if (_dialog._roster.Find(id) is { } village) ChooseVillage(village);
                    else Refuse(T.VillageGone);
                    break;
                case (RateState.Category, MaxData): Answer(Rubric.Categories[_s.Category].LeaderCap); break;
                case (RateState.Category, ZeroData): Answer(0); break;
                case (RateState.Category, KeepData) when _s.Values[_s.Category] is { } kept: Answer(kept); break;
                case (RateState.Category, PreviousData): Back(); break;
                case (RateState.Confirm, SaveData): Save(); break;
                case (RateState.Confirm, CancelData): Cancel(); break;
                default: Refuse(T.ButtonExpired); break;
            }
        }

        public void Back()
        {
            if (_s.State == RateState.Village)
            {
                Refuse(T.AlreadyFirstStep);
                return;
            }
            if (!StillThere(null)) return;
            Fire(Trigger.Previous);
            Prompt();
        }

        /// <summary>A whole rating, already checked: on to the summary.</summary>
        public void Summarize(ParsedRating rating)
        {
            if (Refused(rating.VillageId, rating.Village) is { } refusal)
            {
                Refuse(refusal);
                return;
            }
            _machine.Fsm.Fire(_machine.Summarize, rating);
            Prompt(Excluded(rating.VillageId, rating.Village));
        }

        /// <summary>Why a leader who works for the village (包村干部) may not rate it, when the policy refuses; else null.</summary>
        string? Refused(int villageId, string village) =>
            _turn.Member.WorksFor(villageId) && Period.Policy.ConflictedLeaders == ConflictedLeaders.Refuse ? T.ConflictedLeaderRefused(village) : null;

        /// <summary>The note that the rating will be left out of the mean (policy "exclude"), or null.</summary>
        string? Excluded(int villageId, string village) =>
            _turn.Member.WorksFor(villageId) && Period.Policy.ConflictedLeaders == ConflictedLeaders.Exclude ? T.ConflictedLeaderExcluded(village) : null;

        void TypedVillage(string text)
        {
            var villages = _dialog._ratings.Villages();
            if (VillageChoice.ByNumber(villages, text) is { } numbered)
            {
                ChooseVillage(numbered);
                return;
            }
            // "新庄村 18 9 5 …" typed here is the whole rating at once.
            if (Points.SplitNumbers(text).Length > 1)
            {
                Whole(_dialog._ratings.Parse(Period, text), T.VillageNotFound(text));
                return;
            }
            if (VillageChoice.ByName(villages, text, T, out var refusal) is { } named) ChooseVillage(named);
            else Refuse(refusal);
        }

        void ChooseVillage(VillageDoc village)
        {
            if (Refused(village.Id, village.Name) is { } refusal)
            {
                Refuse(refusal);
                return;
            }
            _machine.Fsm.Fire(_machine.ChooseVillage, village);
            Prompt();
        }

        void TypedCategory(string text)
        {
            var c = Rubric.Categories[_s.Category];
            if (Is(text, T.RateMax)) { Answer(c.LeaderCap); return; }
            if (Is(text, T.RatePrevious)) { Back(); return; }
            var value = Points.Parse(text, c.LeaderCap);
            var problem = T.RateValueProblem(value.Error, text, c.Name, c.LeaderCap, Rubric.Categories.Count);
            if (value.Ok) Answer(value.Value);
            else if (Points.SplitNumbers(text).Length > 1) Whole(ParseHere(text), problem);
            else Refuse(problem);
        }

        void TypedConfirm(string text)
        {
            var folded = Points.Normalize(text).Replace(" ", "");
            if (Is(folded, R.Confirm) || TypedWords.Means(folded, TypedWords.Confirm) || Is(folded, "ok")) Save();
            else if (Is(folded, R.Cancel) || TypedWords.Means(folded, TypedWords.Cancel)) Cancel();
            else if (Points.SplitNumbers(text).Length > 1) Whole(ParseHere(text), T.RateConfirmHint);
            else Refuse(T.RateConfirmHint);
        }

        /// <summary>A whole rating typed inside the dialog; without a village in front it is for the current one.</summary>
        RatingParse ParseHere(string text)
        {
            var parse = _dialog._ratings.Parse(Period, text);
            return parse.Problems.Any(p => p is RatingProblem.MissingVillage) ? _dialog._ratings.Parse(Period, $"{_s.Village} {text}") : parse;
        }

        /// <param name="otherwise">What to say when the text is no rating at all.</param>
        void Whole(RatingParse parse, string otherwise)
        {
            if (parse.Rating is { } rating) Summarize(rating);
            else if (parse.Kind == RatingParseKind.Refused) Refuse(R.RatingRefused(Rubric, parse.Problems));
            else Refuse(otherwise);
        }

        void Answer(decimal value)
        {
            _s.Values[_s.Category] = value;
            Fire(Trigger.Answered);
            Prompt();
        }

        void Save()
        {
            var rating = Pending();
            var saved = _dialog._ratings.Save(_turn.Actor, Period, rating);
            _turn.Say(R.RatingSaved(rating.Village, saved));
            Fire(saved.Outcome.Ok ? Trigger.Save : Trigger.Cancel);
            _turn.EndDialog();
        }

        void Cancel()
        {
            _turn.Say(R.RatingCancelled);
            Fire(Trigger.Cancel);
            _turn.EndDialog();
        }

        void Refuse(string message)
        {
            _turn.Say(message);
            Prompt();
        }

        void Fire(Trigger trigger) => _machine.Fsm.Fire(trigger);

        static bool Is(string text, string label) => string.Equals(text.Trim(), label, StringComparison.OrdinalIgnoreCase);

        static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
