using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations.Examiners;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using FsCheck;
using FsCheck.Fluent;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>
/// Random input at every prompt of /score: the village list, the category list, an item prompt (single values and
/// quick entry) and the review. Each case puts the examiner at a random spot (any village, the sealed one included,
/// any category and item), then sends one input; <see cref="FuzzChat"/> checks the general properties.
/// </summary>
public sealed class ScoreDialogFuzzTests : IDisposable
{
    readonly FuzzChat _fuzz = new();

    Rubric Rubric => _fuzz.Rubric;

    /// <summary>Where the examiner stands; indices into the villages and the rubric.</summary>
    public sealed record Spot(ScoreState State, int Village, int Category, int Item, bool FromReview)
    {
        public override string ToString() => $"{State} village#{Village} category#{Category + 1} item#{Item + 1}{(FromReview ? " from review" : "")}";
    }

    Gen<Spot> SpotAt(ScoreState state) =>
        from village in Gen.Choose(0, _fuzz.Villages.Count - 1)
        from category in Gen.Choose(0, Rubric.Categories.Count - 1)
        from item in Gen.Choose(0, Rubric.Categories[category].Items.Count - 1)
        from fromReview in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Spot(state, village, category, item, fromReview);

    Gen<FuzzInput> Message => FuzzText.Message(_fuzz.Names).Select(t => FuzzInput.Typed(t));
    Gen<FuzzInput> Command => FuzzText.Command(_fuzz.CommandNames).Select(t => FuzzInput.Typed(t));
    static Gen<FuzzInput> Buttons => Press.Any.Select(p => new FuzzInput(Button: p, Expect: p is Press.Stale ? Expect.Refusal : Expect.Anything));
    static Gen<FuzzInput> Photo => Gen.Constant(new FuzzInput(Unsupported: true, Expect: Expect.Refusal));

    static Gen<FuzzInput> Refused(Gen<string> texts) => texts.Select(t => FuzzInput.Typed(t, Expect.Refusal));

    [FuzzProperty(150)]
    public Property VillagePromptSurvivesAnyInput() => Prop.ForAll(
        (from spot in SpotAt(ScoreState.Village)
         from input in Gen.Frequency(
             (6, Message),
             (3, Gen.Elements(_fuzz.Villages.Select(v => v.Name).ToArray()).Select(t => FuzzInput.Typed(t))),
             (2, Gen.Choose(1, _fuzz.Villages.Count).Select(n => FuzzInput.Typed(n.ToString()))),
             (2, Refused(Gen.OneOf(Gen.Choose(_fuzz.Villages.Count + 1, 100_000).Select(n => n.ToString()), Gen.Elements("0", "-1", "００", "999999999999")))),
             (3, Buttons), (1, Command), (1, Photo))
         select (spot, input)).ToArbitrary(),
        c => At(c.spot, c.input));

    [FuzzProperty(150)]
    public Property CategoryPromptSurvivesAnyInput() => Prop.ForAll(
        (from spot in SpotAt(ScoreState.Category)
         from input in Gen.Frequency(
             (6, Message),
             (3, Gen.Elements([.. Rubric.Categories.Select(c => c.Name), .. Rubric.Categories.Select(c => c.Alias), "换村", "Change village"])
                 .Select(t => FuzzInput.Typed(t))),
             (2, Gen.Choose(1, Rubric.Categories.Count).Select(n => FuzzInput.Typed(FuzzText.Typed(n, n % 3 == 0 ? 1 : 0)))),
             (2, Refused(Gen.OneOf(Gen.Choose(Rubric.Categories.Count + 1, 100_000).Select(n => n.ToString()), Gen.Elements("0", "-1", "1.5", "1e1")))),
             (3, Buttons), (1, Command), (1, Photo))
         select (spot, input)).ToArbitrary(),
        c => At(c.spot, c.input));

    [FuzzProperty(300)]
    public Property ItemPromptSurvivesAnyInput() => Prop.ForAll(
        (from spot in SpotAt(ScoreState.Item)
         let item = Rubric.Categories[spot.Category].Items[spot.Item]
         from input in Gen.Frequency(
             (6, Message),
             (3, FuzzText.ValidScore(item.Max).Select(v => FuzzInput.Typed(v.Typed, Expect.Stored) with { Values = [v.Value] })),
             (3, Refused(FuzzText.InvalidScore(item.Max))),
             (2, Gen.Elements("满分", "跳过", "上一项", "0", " 满分 ", "Full marks", "Skip", "Previous").Select(t => FuzzInput.Typed(t))),
             (3, Buttons), (1, Command), (1, Photo))
         select (spot, input)).ToArbitrary(),
        c => At(c.spot, c.input));

    [FuzzProperty(300)]
    public Property QuickEntrySurvivesAnyInput() => Prop.ForAll(
        (from spot in SpotAt(ScoreState.Item)
         from input in Gen.Frequency((3, ValidQuickEntry(spot.Category)), (3, InvalidQuickEntry(spot.Category)), (2, NumbersOnly(spot.Category)))
         select (spot, input)).ToArbitrary(),
        c => At(c.spot, c.input));

    [FuzzProperty(150)]
    public Property ReviewSurvivesAnyInput() => Prop.ForAll(
        (from spot in SpotAt(ScoreState.Review)
         let count = Rubric.Categories[spot.Category].Items.Count
         from input in Gen.Frequency(
             (6, Message),
             (2, Gen.Elements("确认", "确 认", " 确认 ", "confirm", "OK", "Confirm").Select(t => FuzzInput.Typed(t))),
             (2, from form in Gen.Elements("改{0}", "修改第{0}项", "第{0}项", "e{0}", "edit{0}", "改 {0}", "修改第{0}")
                 from n in Gen.Choose(1, count)
                 select FuzzInput.Typed(string.Format(form, n))),
             (2, from form in Gen.Elements("改{0}", "修改第{0}项", "第{0}项", "e{0}")
                 from n in Gen.OneOf(Gen.Constant(0), Gen.Choose(count + 1, 999))
                 select FuzzInput.Typed(string.Format(form, n), Expect.Refusal)),
             (3, Buttons), (1, Command), (1, Photo))
         select (spot, input)).ToArbitrary(),
        c => At(c.spot, c.input));

    /// <summary>As many valid numbers as the category has items, in any accepted form and with runs of accepted separators: all stored.</summary>
    Gen<FuzzInput> ValidQuickEntry(int category)
    {
        var items = Rubric.Categories[category].Items;
        return from values in Gen.CollectToArray(items.Select(i => FuzzText.ValidScore(i.Max)))
               from separators in FuzzText.AcceptedSeparators(items.Count)
               select FuzzInput.Typed(FuzzText.Join(values.Select(v => v.Typed), separators), Expect.Stored) with
               {
                   Values = values.Select(v => v.Value).ToList(),
               };
    }

    /// <summary>The right count with at least one wrong number, or the wrong count (2 or more): nothing stored.</summary>
    Gen<FuzzInput> InvalidQuickEntry(int category)
    {
        var items = Rubric.Categories[category].Items;
        var oneWrong =
            from values in Gen.CollectToArray(items.Select(i => FuzzText.ValidScore(i.Max).Select(v => v.Typed)))
            from wrong in Gen.Choose(0, items.Count - 1)
            from bad in FuzzText.InvalidScore(items[wrong].Max)
            from separators in FuzzText.AcceptedSeparators(items.Count)
            select FuzzText.Join(values.Select((v, i) => i == wrong ? bad : v), separators);
        var wrongCount =
            from count in Gen.Choose(2, 3 * items.Count).Where(n => n != items.Count)
            from values in FuzzText.ValidScore(5).Select(v => v.Typed).ArrayOf(count)
            from separators in FuzzText.AcceptedSeparators(count)
            select FuzzText.Join(values, separators);
        return Refused(Gen.OneOf(oneWrong, wrongCount));
    }

    /// <summary>Numbers of any shape (huge, tiny, exponents, full-width) around the category's count, with any separators.</summary>
    Gen<FuzzInput> NumbersOnly(int category) =>
        from count in Gen.Choose(0, Rubric.Categories[category].Items.Count + 2)
        from numbers in FuzzText.Number.ArrayOf(count)
        from separators in FuzzText.Separators.ArrayOf(Math.Max(1, count))
        select FuzzInput.Typed(FuzzText.Join(numbers, separators));

    Property At(Spot spot, FuzzInput input)
    {
        var village = _fuzz.Villages[spot.Village];
        var period = _fuzz.Chat.Period;
        if (spot.State == ScoreState.Review) CompleteCategory(village.Id, spot.Category);
        _fuzz.PutAt(_fuzz.Examiner, "score", new ScoreSession
        {
            State = spot.State, VillageId = village.Id, Category = spot.Category, Item = spot.Item, FromReview = spot.FromReview,
        });
        var prompt = _fuzz.Position(_fuzz.Examiner);
        var outcome = _fuzz.Run(_fuzz.Examiner, input);

        // The sealed village sends the examiner back to the list before the input arrives: nothing is expected of it there.
        var reachedTheSpot = village.Id != _fuzz.SealedVillage && prompt.Contains($"State=\"{spot.State}\"");
        if (input.Expect != Expect.Stored || !reachedTheSpot) return outcome.Labelled;
        var stored = input.Values!.Count == 1
            ? [_fuzz.Chat.Db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, spot.Category, spot.Item))?.Value]
            : Enumerable.Range(0, input.Values.Count)
                .Select(i => _fuzz.Chat.Db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, spot.Category, i))?.Value).ToList();
        Assert.True(stored.SequenceEqual(input.Values.Select(v => (decimal?)v)),
            $"Expected [{string.Join(" ", input.Values)}] stored, found [{string.Join(" ", stored)}] for {input} at {spot}\n" +
            string.Join("\n", outcome.Replies.OfType<TextReply>().Select(r => r.Text)));
        Assert.False(outcome.Refused);
        return outcome.Labelled;
    }

    /// <summary>The review is reached with every item scored; fill the missing ones as an earlier session would have.</summary>
    void CompleteCategory(int villageId, int category)
    {
        var period = _fuzz.Chat.Period;
        var items = Rubric.Categories[category].Items;
        var missing = Enumerable.Range(0, items.Count)
            .Where(i => _fuzz.Chat.Db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, villageId, category, i)) is null)
            .Select(i => (i, (decimal?)items[i].Max)).ToList();
        if (missing.Count > 0) _fuzz.Chat.Db.ScoreBook.SetItems(new Actor(0, "earlier", "test"), period, villageId, category, missing);
    }

    public void Dispose() => _fuzz.Dispose();
}
