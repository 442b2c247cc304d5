using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Evidence;
using ChatAppraisal.Scoring;
using ChatAppraisal.Ratings;
using Stateless;

namespace ChatAppraisal.Conversations.Examiners;

public sealed partial class ScoreDialog
{
    [GeneratedRegex(@"^(?:修改第|修改|改|第|edit|e)?(\d{1,3})项?$", RegexOptions.IgnoreCase)]
    private static partial Regex EditRequest();

    /// <summary>A reason typed under the review, one per line: "3 会议记录缺两次", "第3项：会议记录缺两次".</summary>
    [GeneratedRegex(@"^\s*(?:第|item\s*)?([0-9０-９]{1,3})\s*项?\s*[.．、:：,，]?\s*([^0-9０-９.．\s].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonLine();

    /// <summary>One call of the dialog: the turn, its session, the machine over it, the village's sheet read once.</summary>
    sealed class Flow : IFileFlow
    {
        readonly ScoreDialog _dialog;
        readonly Turn _turn;
        readonly ScoreSession _s;
        readonly Machine _machine;
        Sheet? _sheet;

        public Flow(ScoreDialog dialog, Turn turn, ScoreSession session)
        {
            _dialog = dialog;
            _turn = turn;
            _s = session;
            _machine = Build(session,
                c => Sheet?.Categories[c] is { } cat && cat.ItemsScored == cat.Items.Count,
                c => Sheet?.Categories[c].Items.FirstOrDefault(i => i.Score is null)?.Item ?? 0,
                () => Rubric.Categories[_s.Category].Leaves.Count - 1);
        }

        Texts T => _turn.Texts;
        PeriodView Period => _turn.Period;
        Rubrics.Rubric Rubric => Period.Rubric;
        Sheet? Sheet => _sheet ??= _dialog._sheets.Load(Period, _s.VillageId);
        SheetCategory Category => Sheet!.Categories[_s.Category];

        void Fire(Trigger trigger) => _machine.Fsm.Fire(trigger);
        void Fire(StateMachine<ScoreState, Trigger>.TriggerWithParameters<int> trigger, int value) => _machine.Fsm.Fire(trigger, value);

        // ---- prompts

        public void Prompt(string? note = null)
        {
            if (_s.State == ScoreState.Village)
            {
                PromptVillage(note);
                return;
            }
            if (!StillOpen(note)) return;
            switch (_s.State)
            {
                case ScoreState.Category: PromptCategory(note); break;
                case ScoreState.Item: PromptItem(note); break;
                default: PromptReview(note); break;
            }
        }

        /// <summary>False (and back at the village list) when the village was removed or sealed meanwhile.</summary>
        bool StillOpen(string? note = null)
        {
            if (Sheet is null)
            {
                _turn.Say(T.VillageGone);
            }
            else if (Sheet.Seal is { } seal)
            {
                _turn.Say(T.Sealed(Sheet.Village.Name, seal.SignedBy));
            }
            else
            {
                // The rubric may have been edited since this session was stored.
                if (_s.Category >= Sheet.Categories.Count) (_s.State, _s.Category, _s.Item) = (ScoreState.Category, 0, 0);
                if (_s.Item >= Category.Items.Count) _s.Item = Category.Items.Count - 1;
                return true;
            }
            Fire(Trigger.Leave);
            PromptVillage(note);
            return false;
        }

        void PromptVillage(string? note) => VillageChoice.Ask(_turn, _dialog._roster, _dialog._sheets, Join(note, T.ChooseVillage), VillageChoice.Prefix);

        void PromptCategory(string? note)
        {
            var sheet = Sheet!;
            var confirmed = _dialog._confirmations.Confirmed(Period.Id, sheet.Village.Id);
            bool Finished(SheetCategory c) => confirmed.Contains(c.Index) && c.ItemsScored == c.Items.Count;
            var rows = sheet.Categories
                .Select(c => new[] { (T.CategoryButton(c.Name, c.ItemsScored, c.Items.Count, c.Score, Finished(c)), CategoryPrefix + c.Index) })
                .Append([(T.ChangeVillage, VillagesData)]);
            var all = sheet.Categories.All(Finished) ? T.AllCategoriesFinished(sheet.Village.Name) : null;
            _turn.Ask(Join(note, all, T.ChooseCategory(sheet.Village.Name, sheet.ItemsScored, sheet.ItemCount, sheet.Onsite), T.SidesHint(Rubric)), rows);
        }

        void PromptItem(string? note)
        {
            var c = Category;
            var item = c.Items[_s.Item];
            // Where the item sits in the plan's levels (category › block › …): on a phone the examiner sees one prompt at a time.
            var category = Rubric.Categories[_s.Category];
            var blocks = category.LeafBlocks();
            var where = Texts.LevelPath(c.Name, _s.Item < blocks.Count ? blocks[_s.Item].Select(b => b.Name) : []);
            var text = T.ItemPrompt(where, _s.Item + 1, c.Items.Count, item.Name, item.Max, item.Score, c.Raw, c.ItemsScored);
            var attached = AttachedTo(_s.Item);
            // The plan's criteria for the item (a leaf of the category's tree), shortened: the examiner reads it on a phone.
            var leaves = category.Leaves;
            var criteria = _s.Item < leaves.Count && leaves[_s.Item].Criteria is { Length: > 0 } said ? T.ItemCriteria(said) : null;
            var block = LowestBlock() is { } lowest ? T.BlockEntryHint(lowest.Block.Name, lowest.Count) : null;
            var reason = item.Reason is { } r ? T.CurrentReason(r) : null;
            var hint = Period.Policy.ReasonsRequired ? T.ReasonsRequiredHint : null;
            _turn.Ask(Join(note, text, block, criteria, reason, hint, attached.Length > 0 ? T.AttachedNote(attached) : null), [[(T.FullMarks, FullData), (T.Zero, ZeroData), (T.Skip, SkipData), (T.Previous, PreviousData)]],
                numbersAreAnswers: true);
        }

        void PromptReview(string? note)
        {
            var c = Category;
            var lines = new List<string>();
            var blocks = Rubric.Categories[_s.Category].LeafBlocks();
            IReadOnlyList<Rubrics.Item> above = [];
            foreach (var i in c.Items)
            {
                // A nested plan's blocks head their items, so the review reads in the plan's own levels.
                var path = i.Item < blocks.Count ? blocks[i.Item] : [];
                if (path.Count > 0 && !(path.Count == above.Count && path.Zip(above).All(p => ReferenceEquals(p.First, p.Second))))
                    lines.Add(T.ReviewBlock(string.Join(" › ", path.Select(b => b.Name)), path[^1].Max));
                above = path;
                lines.Add(T.ReviewLine(i.Item + 1, i.Name, i.Score, i.Max) + (i.Reason is { } r ? T.ReviewReason(r) : "")
                          + (AttachedTo(i.Item) is { Length: > 0 } a ? " 📎" + a : ""));
            }
            var missing = c.Items.Where(i => i.Score is null).Select(i => i.Item + 1).ToList();
            var edits = c.Items.Select(i => (T.EditButton(i.Item + 1), EditPrefix + (i.Item + 1))).Chunk(6);
            // 哪些扣分要写原因？ The deductions still without a reason, answered here with "N 原因".
            var unexplained = c.Items.Where(i => i.Score < i.Max && i.Reason is null).Select(i => i.Item + 1).ToList();
            var which = unexplained.Count > 0 ? T.WhichReasons(unexplained, Period.Policy.ReasonsRequired) : null;
            _turn.Ask(Join(note, T.Review(Sheet!.Village.Name, c.Name, lines, c.Raw, c.Score, c.Max, missing), which),
                edits.Prepend([(T.Confirm, ConfirmData)]), numbersAreAnswers: true);
        }

        /// <summary>"照片 1 张" of an item of the current category; empty when it has none.</summary>
        string AttachedTo(int item) => T.AttachmentCount(Sheet!.Attachments.Where(a => a.Kind == AttachmentKind.Item && a.Category == _s.Category && a.Item == item));

        // ---- input

        /// <summary>A photo or file: attached to the item whose prompt is open; anywhere else in /score, asked to choose an item first.</summary>
        public void Received(ChatFile file)
        {
            if (_s.State != ScoreState.Item)
            {
                if (_s.State == ScoreState.Village || StillOpen()) Refuse(T.ScoreFileNotAtItem);
                return;
            }
            if (!StillOpen()) return;
            var outcome = _dialog._attachments.AddToItem(_turn.Actor, Period, _s.VillageId, _s.Category, _s.Item, file);
            switch (outcome.Refusal)
            {
                case AttachRefusal.None:
                    _sheet = Sheet! with { Attachments = [.. Sheet.Attachments, SheetAttachment.From(outcome.Attachment!)] };
                    Prompt();
                    return;
                case AttachRefusal.Sealed:
                    _turn.Say(T.Sealed(Sheet!.Village.Name, outcome.Seal!.SignedByName));
                    break;
                case AttachRefusal.UnknownVillage:
                    _turn.Say(T.VillageGone);
                    break;
                default:
                    Refuse(T.FileRefused(outcome.Refusal, file.FileName, file.Content.LongLength, _dialog._attachments.Options.MaxAttachmentsMegabytes));
                    return;
            }
            _sheet = null;
            Fire(Trigger.Leave);
            Prompt();
        }

        public void Typed(string text)
        {
            if (_s.State == ScoreState.Village)
            {
                TypedVillage(text);
                return;
            }
            if (!StillOpen()) return;
            if (SideEntry.Parse(text) is { } entry)
            {
                TypedSide(entry);
                return;
            }
            switch (_s.State)
            {
                case ScoreState.Category: TypedCategory(text); break;
                case ScoreState.Item: TypedItem(text); break;
                default: TypedReview(text); break;
            }
        }

        public void Pressed(string data)
        {
            if (_s.State != ScoreState.Village && !StillOpen()) return;
            switch (_s.State, data)
            {
                case (ScoreState.Village, _) when VillageChoice.Pressed(data, out var id):
                    if (_dialog._roster.Find(id) is { } village) ChooseVillage(village);
                    else Refuse(T.VillageGone);
                    break;
                case (ScoreState.Category, VillagesData):
                    Fire(Trigger.ChangeVillage);
                    Prompt();
                    break;
                case (ScoreState.Category, _) when data.StartsWith(CategoryPrefix) && int.TryParse(data[CategoryPrefix.Length..], out var c)
                                                   && c >= 0 && c < Rubric.Categories.Count:
                    ChooseCategory(c);
                    break;
                case (ScoreState.Item, FullData): Answer(Category.Items[_s.Item].Max, null); break;
                case (ScoreState.Item, ZeroData): Answer(0, null); break;
                case (ScoreState.Item, SkipData): Skip(); break;
                case (ScoreState.Item, PreviousData): Back(); break;
                case (ScoreState.Review, ConfirmData): Confirm(); break;
                case (ScoreState.Review, _) when data.StartsWith(EditPrefix) && int.TryParse(data[EditPrefix.Length..], out var n):
                    EditItem(n);
                    break;
                default:
                    Refuse(T.ButtonExpired);
                    break;
            }
        }

        public void Back()
        {
            switch (_s.State)
            {
                case ScoreState.Village:
                    Refuse(T.AlreadyFirstStep);
                    return;
                case ScoreState.Category:
                    Fire(Trigger.ChangeVillage);
                    break;
                default:
                    Fire(Trigger.Previous);
                    break;
            }
            Prompt();
        }

        /// <summary>Says why the input was not taken, then asks again.</summary>
        void Refuse(string message)
        {
            _turn.Say(message);
            Prompt();
        }

        void TypedVillage(string text)
        {
            if (VillageChoice.Find(Villages(), text, T, out var refusal) is { } village) ChooseVillage(village);
            else Refuse(refusal);
        }

        void ChooseVillage(VillageDoc village)
        {
            // 包村干部: a member who works for the village does not score it.
            if (_turn.Member.WorksFor(village.Id))
            {
                Refuse(T.ConflictedExaminer(village.Name));
                return;
            }
            if (_dialog._sheets.SealOf(Period, village.Id) is { } seal)
            {
                Refuse(T.Sealed(village.Name, seal.SignedByName));
                return;
            }
            _sheet = null;
            Fire(_machine.ChooseVillage, village.Id);
            Prompt();
        }

        void TypedCategory(string text)
        {
            var categories = Rubric.Categories;
            if (string.Equals(text, T.ChangeVillage, StringComparison.OrdinalIgnoreCase))
            {
                Fire(Trigger.ChangeVillage);
                Prompt();
                return;
            }
            if (TryIndex(text, categories.Count, out var index))
            {
                ChooseCategory(index);
                return;
            }
            var indices = Enumerable.Range(0, categories.Count).ToList();
            var match = NameMatch.Find(indices, text, i => categories[i].Name, i => categories[i].Alias);
            switch (match.Kind)
            {
                case MatchKind.Unique: ChooseCategory(match.Match); break;
                case MatchKind.Ambiguous: Refuse(T.Ambiguous(text, match.Candidates.Select(i => categories[i].Name))); break;
                default: Refuse(T.CategoryNotFound(text, categories.Count)); break;
            }
        }

        void ChooseCategory(int category)
        {
            Fire(_machine.ChooseCategory, category);
            Prompt();
        }

        void TypedItem(string text)
        {
            var items = Category.Items;
            var item = items[_s.Item];
            if (Is(text, T.FullMarks)) { Answer(item.Max, null); return; }
            if (Is(text, T.Skip)) { Skip(); return; }
            if (Is(text, T.Previous)) { Back(); return; }
            // The prompt shows the plan's criteria cut to a phone's line: the whole, above the same prompt.
            if (Is(text, T.CriteriaWord) && Rubric.Categories[_s.Category].Leaves[_s.Item].Criteria is { Length: > 0 } whole)
            {
                Prompt(T.WholeCriteria(item.Name, whole));
                return;
            }

            var single = Points.Parse(text, item.Max);
            if (single.Ok)
            {
                Answer(single.Value, null);
                return;
            }
            // "10(会议记录缺两次)" or "10 会议记录缺两次": one score with its reason.
            var entries = ScoreEntry.Split(text);
            // As many parts as the category has items is a quick entry ("19.65 abc 7.4 4.3" has a wrong second number),
            // never a score whose reason happens to hold numbers.
            var quickEntry = entries is { Count: > 1 } && entries.Count == items.Count;
            var withReason = entries is [{ Reason: not null } one] ? one : quickEntry ? null : ScoreEntry.WithTrailingReason(text);
            if (withReason is { Reason: { } reason } typed)
            {
                var parsed = Points.Parse(typed.Points, item.Max);
                if (parsed.Ok) Answer(parsed.Value, reason);
                else Refuse(T.PointsProblem(parsed.Error, typed.Points, item.Max));
                return;
            }
            if (entries is null)
            {
                Refuse(T.ReasonBracketUnclosed);
                return;
            }
            var block = LowestBlock();
            if (entries.Count == items.Count && items.Count > 1) QuickEntry(entries);
            else if (block is { } b && entries.Count == b.Count) QuickEntry(entries, b.First);
            else if (entries.Count > 1)
                Refuse(single.Error == PointsError.DecimalComma ? T.DecimalCommaAmbiguous(text, items.Count)
                    : block is { } shown ? T.WrongCountInBlock(entries.Count, items.Count, shown.Block.Name, shown.Count)
                    : T.WrongCount(entries.Count, items.Count));
            else Refuse(T.PointsProblem(single.Error, text, item.Max));
        }

        void Answer(decimal value, string? typedReason)
        {
            var item = Category.Items[_s.Item];
            var reason = Reasons.Normalize(typedReason) ?? KeptReason(item, value);
            if (!Reasons.IsValid(reason))
            {
                Refuse(T.ReasonTooLong(Reasons.MaxLength));
                return;
            }
            if (NeedsReason(value, item.Max, reason))
            {
                Refuse(T.ReasonRequired(item.Name, item.Max, value));
                return;
            }
            if (!Save([(_s.Item, value, reason)])) return;
            Fire(Trigger.Answered);
            Prompt(reason is null ? T.SavedItem(item.Name, value) : T.SavedItemWithReason(item.Name, value, reason));
        }

        /// <summary>The same score typed again without a reason keeps the one it had; a new score drops it (it was about the old one).</summary>
        static string? KeptReason(SheetItem item, decimal value) => item.Score == value ? item.Reason : null;

        bool NeedsReason(decimal value, decimal max, string? reason) => Period.Policy.ReasonsRequired && value < max && reason is null;

        void Skip()
        {
            var item = Category.Items[_s.Item];
            Fire(Trigger.Answered);
            Prompt(T.SkippedItem(item.Name));
        }

        /// <summary>
        /// The current item's lowest block in a nested plan, when it holds more than one item and less than the whole
        /// category: its items can be entered at once.
        /// </summary>
        (int First, int Count, Rubrics.Item Block)? LowestBlock() =>
            Rubric.Categories[_s.Category].LowestBlock(_s.Item) is { Count: > 1 } block && block.Count < Category.Items.Count ? block : null;

        /// <summary>
        /// The whole category, or (from <paramref name="first"/>) one lowest block: every number checked against its own
        /// item first; one wrong number saves nothing.
        /// </summary>
        void QuickEntry(IReadOnlyList<TypedScore> numbers, int first = 0)
        {
            var items = Category.Items;
            var values = new List<(int Item, decimal? Value, string? Reason)>();
            var problems = new List<string>();
            var unexplained = new List<string>();
            for (var i = first; i < first + numbers.Count; i++)
            {
                var parsed = Points.Parse(numbers[i - first].Points, items[i].Max);
                var reason = Reasons.Normalize(numbers[i - first].Reason);
                if (!parsed.Ok) problems.Add(T.QuickEntryProblem(i + 1, items[i].Name, items[i].Max, numbers[i - first].Points, parsed.Error));
                else if (!Reasons.IsValid(reason))
                {
                    Refuse(T.ReasonTooLong(Reasons.MaxLength));
                    return;
                }
                else
                {
                    reason ??= KeptReason(items[i], parsed.Value);
                    if (NeedsReason(parsed.Value, items[i].Max, reason))
                        unexplained.Add(T.QuickEntryReasonMissing(i + 1, items[i].Name, items[i].Max, numbers[i - first].Points));
                    values.Add((i, parsed.Value, reason));
                }
            }
            if (problems.Count > 0)
            {
                Refuse(T.QuickEntryRefused(problems.Concat(unexplained), numbers.Count));
                return;
            }
            if (unexplained.Count > 0)
            {
                Refuse(T.QuickEntryReasonsRefused(unexplained, numbers.Count));
                return;
            }
            if (!Save(values)) return;
            if (numbers.Count == items.Count)
            {
                Fire(Trigger.QuickEntry);
                Prompt();
                return;
            }
            // A block entered: on to the item after it (or the review), as if its last item had been answered.
            _s.Item = first + numbers.Count - 1;
            Fire(Trigger.Answered);
            Prompt(T.SavedBlock(Rubric.Categories[_s.Category].LowestBlock(first)!.Value.Block.Name, numbers.Count, values.Sum(v => v.Value ?? 0)));
        }

        /// <summary>Saves through the score book; false (and back at the village list) when the sheet is sealed, the results published or the village gone.</summary>
        bool Save(IReadOnlyList<(int Item, decimal? Value, string? Reason)> values)
        {
            var before = Category.Items;
            var outcome = _dialog._scoreBook.SetItems(_turn.Actor, Period, _s.VillageId, _s.Category, values);
            switch (outcome.Refusal)
            {
                case ScoreRefusal.None:
                    if (values.Any(v => before[v.Item].Score != v.Value)) _dialog._confirmations.Withdraw(Period.Id, _s.VillageId, _s.Category);
                    // The next prompt shows the sheet as just saved; reading it again from the file would cost a second load per answer.
                    _sheet = Sheets.WithSaved(Sheet!, _s.Category, values, _turn.Actor, _turn.Now);
                    return true;
                case ScoreRefusal.Sealed:
                    _turn.Say(T.Sealed(Sheet!.Village.Name, outcome.Seal!.SignedByName));
                    break;
                case ScoreRefusal.Published:
                    _turn.Say(T.ScoreRefused(outcome, Sheet!.Village.Name));
                    break;
                case ScoreRefusal.UnknownVillage:
                    _turn.Say(T.VillageGone);
                    break;
                default:
                    throw new InvalidOperationException($"The score book refused values the dialog had checked: {outcome.Refusal}.");
            }
            _sheet = null;
            Fire(Trigger.Leave);
            Prompt();
            return false;
        }

        void TypedReview(string text)
        {
            var count = Category.Items.Count;
            var folded = Points.Normalize(text).Replace(" ", "");
            if (Is(folded, T.Confirm) || TypedWords.Means(folded, TypedWords.Confirm) || Is(folded, "ok"))
            {
                Confirm();
                return;
            }
            if (EditRequest().Match(folded) is { Success: true } m && int.TryParse(m.Groups[1].Value, out var n)) EditItem(n);
            else if (!TypedReasons(text)) Refuse(T.ReviewHint(count));
        }

        /// <summary>
        /// "3 会议记录缺两次" under the review, one item a line: the reasons of scored deductions, all or nothing. False when
        /// the text is not reasons at all.
        /// </summary>
        bool TypedReasons(string text)
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var matches = lines.Select(l => ReasonLine().Match(l)).ToList();
            if (matches.Count == 0 || matches.Any(m => !m.Success)) return false;
            var items = Category.Items;
            var values = new List<(int Item, decimal? Value, string? Reason)>();
            foreach (var m in matches)
            {
                var number = int.Parse(Points.Normalize(m.Groups[1].Value));
                if (number < 1 || number > items.Count)
                {
                    Refuse(T.NoSuchItem(number, items.Count));
                    return true;
                }
                var item = items[number - 1];
                var reason = Reasons.Normalize(m.Groups[2].Value);
                if (item.Score is not { } score) Refuse(T.ReasonForUnscored(number, item.Name));
                else if (score >= item.Max) Refuse(T.ReasonForFullMarks(number, item.Name));
                else if (!Reasons.IsValid(reason)) Refuse(T.ReasonTooLong(Reasons.MaxLength));
                else
                {
                    values.Add((item.Item, score, reason));
                    continue;
                }
                return true;
            }
            if (!Save(values)) return true;
            Prompt(Join(values.Select(v => T.ReasonSaved(v.Item + 1, items[v.Item].Name, v.Reason!)).ToArray()));
            return true;
        }

        void EditItem(int number)
        {
            var count = Category.Items.Count;
            if (number < 1 || number > count)
            {
                Refuse(T.NoSuchItem(number, count));
                return;
            }
            Fire(_machine.Edit, number - 1);
            Prompt();
        }

        void Confirm()
        {
            var c = Category;
            _dialog._confirmations.Confirm(_turn.Actor, Period, _s.VillageId, c, _turn.Now);
            Fire(Trigger.Confirm);
            Prompt(T.Confirmed(c.Name, c.Score));
        }

        /// <summary>加分/扣分 LINE POINTS or 否决 EVENT REASON: checked against the plan, saved and audited, or refused saying what is allowed.</summary>
        void TypedSide(SideEntry entry)
        {
            var adjustments = _dialog._adjustments;
            var entered = adjustments.Entries(Period.Id, _s.VillageId);
            void Refused(SideEntryProblem problem, string typed, int? line = null, decimal room = 0, IReadOnlyList<string>? candidates = null) =>
                Refuse(T.SideRefused(Rubric, entry.Kind, problem, typed, line, room, candidates ?? [], entered));

            if (entry.Kind == AdjustmentKind.Veto)
            {
                var (typedEvent, reason, withdraw) = entry.EventAndReason();
                if (Rubric.Veto.Count == 0) { Refused(SideEntryProblem.NoSide, typedEvent); return; }
                if (SideEntry.Find(Rubric.Veto.Select(v => v.Event).ToList(), typedEvent, out var vetoCandidates) is not { } veto)
                {
                    Refused(vetoCandidates.Count > 0 ? SideEntryProblem.Ambiguous : SideEntryProblem.NoLine, typedEvent, candidates: vetoCandidates);
                    return;
                }
                var vetoOutcome = adjustments.SetVeto(_turn.Actor, Period, _s.VillageId, veto, withdraw ? null : reason, withdraw);
                if (vetoOutcome.Refusal == AdjustmentRefusal.ReasonRequired) Refused(SideEntryProblem.ReasonRequired, typedEvent);
                else if (SideSaved(vetoOutcome)) Prompt(T.VetoSaved(Rubric.Veto[veto], withdraw ? null : reason.Trim()));
                return;
            }

            var side = entry.Kind == AdjustmentKind.Bonus ? Rubric.Bonus : Rubric.Deductions;
            var (typedLine, points, _) = entry.LineAndPoints();
            if (side is not { Lines.Count: > 0 }) { Refused(SideEntryProblem.NoSide, typedLine); return; }
            if (SideEntry.Find(side.Lines.Select(l => l.Name).ToList(), typedLine, out var candidates) is not { } line)
            {
                Refused(candidates.Count > 0 ? SideEntryProblem.Ambiguous : SideEntryProblem.NoLine, typedLine, candidates: candidates);
                return;
            }
            if (points is null) { Refused(SideEntryProblem.NoPoints, typedLine, line); return; }
            var value = points == 0 ? (decimal?)null : points;
            var outcome = adjustments.SetLine(_turn.Actor, Period, _s.VillageId, entry.Kind, line, value);
            switch (outcome.Refusal)
            {
                case AdjustmentRefusal.NotAllowed: Refused(SideEntryProblem.NotAllowed, typedLine, line); return;
                case AdjustmentRefusal.OverCap: Refused(SideEntryProblem.OverCap, typedLine, line, outcome.Room); return;
            }
            if (!SideSaved(outcome)) return;
            var total = Scoring.Adjusting.Sides(Rubric, Adjustments.Of(adjustments.Entries(Period.Id, _s.VillageId)));
            Prompt(T.SideSaved(entry.Kind, side.Lines[line].Name, value, entry.Kind == AdjustmentKind.Bonus ? total.Bonus : total.Deductions, side.Cap));
        }

        /// <summary>True when saved; a sealed sheet, published results or a removed village end at the village list, as a refused score does.</summary>
        bool SideSaved(AdjustmentOutcome outcome)
        {
            switch (outcome.Refusal)
            {
                case AdjustmentRefusal.None:
                    return true;
                case AdjustmentRefusal.Sealed:
                    _turn.Say(T.Sealed(Sheet!.Village.Name, outcome.Seal!.SignedByName));
                    break;
                case AdjustmentRefusal.Published:
                    _turn.Say(T.ScoreRefused(new ScoreOutcome(ScoreRefusal.Published), Sheet!.Village.Name));
                    break;
                case AdjustmentRefusal.UnknownVillage:
                    _turn.Say(T.VillageGone);
                    break;
                default:
                    throw new InvalidOperationException($"Adjustments refused an entry the dialog had checked: {outcome.Refusal}.");
            }
            _sheet = null;
            Fire(Trigger.Leave);
            Prompt();
            return false;
        }

        IReadOnlyList<VillageDoc> Villages() => _dialog._roster.All();

        static bool TryIndex(string text, int count, out int index)
        {
            index = int.TryParse(Points.Normalize(text), out var n) ? n - 1 : -1;
            return index >= 0 && index < count;
        }

        static bool Is(string text, string label) => string.Equals(text.Trim(), label, StringComparison.OrdinalIgnoreCase);

        static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
