using ChatAppraisal.Conversations;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>
/// Random input outside /score: leaders' plain rating messages, members with nothing open, strangers, and a random
/// walk of an official holding every role through every dialog and command the engine has.
/// </summary>
public sealed class ChatFuzzTests : IDisposable
{
    static readonly HashSet<string> SlowCommands = ["ranking", "export", "sheet", "progress"];
    readonly FuzzChat _fuzz = new();

    Gen<FuzzInput> Message => FuzzText.Message(_fuzz.Names).Select(t => FuzzInput.Typed(t));
    Gen<FuzzInput> Command => FuzzText.Command(_fuzz.CommandNames.Where(c => !SlowCommands.Contains(c)).ToList()).Select(t => FuzzInput.Typed(t));
    static Gen<FuzzInput> Buttons => Press.Any.Select(p => new FuzzInput(Button: p, Expect: p is Press.Stale ? Expect.Refusal : Expect.Anything));
    static Gen<FuzzInput> Photo => Gen.Constant(new FuzzInput(Unsupported: true, Expect: Expect.Refusal));

    /// <summary>True once the leaders' rating messages are wired into the engine (issue 4).</summary>
    bool ReadsRatings => _fuzz.Chat.Services.GetServices<IPlainTextHandler>().Any(h => h.Requires == Role.Leader);

    [FuzzProperty(200)]
    public Property LeadersPlainMessagesAreSavedWhenRightAndChangeNothingWhenWrong() => Prop.ForAll(
        (from village in Gen.Elements(_fuzz.Villages.ToArray())
         from input in Gen.Frequency(
             (5, Message),
             (4, RatingMessages.Valid(_fuzz.Rubric, village.Name).Select(r => FuzzInput.Typed(r.Text, Expect.Stored) with
             {
                 Values = r.Values, Then = new Press.Labelled("确认"),
             })),
             (3, RatingMessages.Invalid(_fuzz.Rubric, village.Name).Select(t => FuzzInput.Typed(t, Expect.Refusal))),
             (1, Gen.Constant(FuzzInput.Typed(village.Name))),
             (2, Buttons), (1, Command), (1, Photo))
         select (village, input)).ToArbitrary(),
        c =>
        {
            var (village, input) = c;
            _fuzz.PutAt(_fuzz.Leader, null, null);
            var outcome = _fuzz.Run(_fuzz.Leader, input);
            if (input.Expect != Expect.Stored) return outcome.Labelled;
            var memberId = _fuzz.Chat.Db.Store.Roster.Accounts.FindById(AccountDoc.Key(_fuzz.Leader.Channel, _fuzz.Leader.UserId))!.MemberId;
            var stored = _fuzz.Chat.Db.Store.Scores.Ratings.FindById(LeaderRatingDoc.Key(_fuzz.Chat.Period.Id, village.Id, memberId))!;
            if (ReadsRatings)
                Assert.True(stored is not null && stored.Values.SequenceEqual(input.Values!),
                    $"{input} for {village.Name}: stored {(stored is null ? "nothing" : string.Join(" ", stored.Values))}");
            else
                Assert.True(outcome.Refused, "Without a reader of rating messages a rating message changes nothing");
            return outcome.Labelled;
        });

    [FuzzProperty(100)]
    public Property OutsideAnyDialogEveryoneGetsAnAnswer() => Prop.ForAll(
        (from who in Gen.Elements(_fuzz.Examiner, _fuzz.Stranger, _fuzz.Leader, _fuzz.OtherOfficial)
         from input in Gen.Frequency(
             (5, Message), (3, Command), (2, Buttons), (1, Photo),
             (2, from code in FuzzText.Chars(0, 30) select FuzzInput.Typed("/start " + code)))
         select (who, input)).ToArbitrary(),
        c =>
        {
            if (c.who != _fuzz.Stranger) _fuzz.PutAt(c.who, null, null);
            var outcome = _fuzz.Run(c.who, c.input);
            Assert.Null(_fuzz.Chat.Db.Store.Roster.Accounts.FindById(AccountDoc.Key(_fuzz.Stranger.Channel, _fuzz.Stranger.UserId)));
            return outcome.Labelled;
        });

    /// <summary>
    /// No reset between cases: the official walks on from wherever the last case left them, mostly by pressing real buttons;
    /// the other town's official wanders beside them in the same file, and neither's steps reach the other's town.
    /// </summary>
    [FuzzProperty(80)]
    public Property AnOfficialWithEveryRoleWandersThroughEveryDialog() => Prop.ForAll(
        (from who in Gen.Frequency((2, Gen.Constant(_fuzz.Official)), (1, Gen.Constant(_fuzz.OtherOfficial)))
         from count in Gen.Choose(1, 8)
         from steps in Gen.Frequency(
             (8, Gen.Choose(0, 40).Select(i => new FuzzInput(Button: new Press.Current(i)))),
             (3, Command),
             (1, Gen.Elements(SlowCommands.ToArray()).Select(c => FuzzInput.Typed("/" + c))),
             (3, Message),
             (3, from n in Gen.Choose(0, 3000) from form in Gen.Choose(0, 7) select FuzzInput.Typed(FuzzText.Typed(n / 100m, form))),
             (2, Buttons)).ArrayOf(count)
         select (who, steps)).ToArbitrary(),
        c =>
        {
            foreach (var step in c.steps) _fuzz.Run(c.who, step);
        });

    public void Dispose() => _fuzz.Dispose();
}
