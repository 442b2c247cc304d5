using ChatAppraisal.Conversations;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.Concurrency;

/// <summary>200 examiners answering item prompts at the same time through the real engine and a real LiteDB file.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class ManyExaminersTests : IDisposable
{
    const int Examiners = 200, ItemsEach = 5;
    static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    readonly ConcurrentChat _chat = new();

    sealed record Plan(ChatUser User, int MemberId, string Village, int Category, List<Step> Steps, List<(int Item, decimal? Old, decimal New)> Audit);

    [Fact]
    public async Task TwoHundredExaminersAnsweringAtOnceLoseDuplicateAndReorderNothing()
    {
        var plans = Enumerable.Range(0, Examiners).Select(PlanFor).ToList();
        var acknowledged = new int[Examiners];

        async Task Run(int index)
        {
            var plan = plans[index];
            var replies = await _chat.OpenCategory(plan.User, plan.Village, plan.Category);
            foreach (var step in plan.Steps)
            {
                await Task.Yield(); // the next message arrives later: every examiner's updates interleave with everyone else's
                replies = await _chat.Engine.HandleAsync(_chat.ToUpdate(plan.User, step, replies));
                if (step.Item is { } item)
                {
                    Assert.Contains(_chat.Saved(plan.Category, item, step.Value!.Value), replies.Text());
                    acknowledged[index]++;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Examiners).Select(i => Task.Run(() => Run(i)))).WaitAsync(Limit);

        _chat.AssertNoErrorsLogged();
        foreach (var (plan, index) in plans.Select((p, i) => (p, i)))
        {
            Assert.Equal(plan.Audit.Count, acknowledged[index]);
            var audit = _chat.ScoreAudit(plan.MemberId);
            // Exactly what this examiner sent, once each, in the order sent.
            Assert.Equal(plan.Audit, audit.Select(a => (a.Item!.Value, a.Old, a.New!.Value)));
            Assert.All(audit, a => Assert.Equal(plan.Category, a.Category));
            Assert.All(audit, a => Assert.Equal(_chat.Chat.Village(plan.Village).Id, a.VillageId));
            // Handled one after another: timestamps and ids both increase.
            Assert.True(audit.Zip(audit.Skip(1)).All(p => p.First.At < p.Second.At && p.First.Id < p.Second.Id), $"{plan.User.DisplayName}: audit out of order");
            var last = plan.Audit.GroupBy(a => a.Item).ToDictionary(g => g.Key, g => g.Last().New);
            foreach (var (item, value) in last)
                Assert.Equal(value, _chat.Score(plan.Village, plan.Category, item));
        }
        Assert.Equal(plans.Sum(p => p.Audit.Count), _chat.Chat.Db.Store.Scores.Items.Count() + plans.Count);

        // The examiners really ran at the same time: in the audit trail their entries interleave.
        var order = _chat.Chat.Db.Store.Audit.Entries.FindAll().OrderBy(a => a.Id).Select(a => a.MemberId).ToList();
        var switches = order.Zip(order.Skip(1)).Count(p => p.First != p.Second);
        Assert.True(switches > Examiners * 2, $"only {switches} switches between examiners in the audit trail");
    }

    /// <summary>
    /// Examiner i scores its own village and category (14 villages × 15 categories): the first items, typed (ASCII or
    /// full-width) or by the 满分 button, then 上一项 and a different score for the last one.
    /// </summary>
    Plan PlanFor(int i)
    {
        var (user, memberId) = _chat.Examiner($"考核员{i:000}");
        var village = ConcurrentChat.VillageNames[i / 15];
        var category = i % 15;
        var items = _chat.Rubric.Categories[category].Items;
        var count = Math.Min(items.Count, ItemsEach);
        var steps = new List<Step>();
        var audit = new List<(int, decimal?, decimal)>();
        for (var item = 0; item < count; item++)
        {
            var max = items[item].Max;
            var step = ((i + item) % 3) switch
            {
                0 => new Step(null, "满分", item, max),
                1 => new Step(FullWidth(ConcurrentChat.ValueFor(i * 37 + item * 101, max)), null, item, ConcurrentChat.ValueFor(i * 37 + item * 101, max)),
                _ => new Step(ConcurrentChat.Format(ConcurrentChat.ValueFor(i * 53 + item * 7, max)), null, item, ConcurrentChat.ValueFor(i * 53 + item * 7, max)),
            };
            steps.Add(step);
            audit.Add((item, null, step.Value!.Value));
        }
        var lastItem = count - 1;
        var before = audit[^1].Item3;
        var again = before == 0 ? items[lastItem].Max : 0;
        // At the review (every item answered) the way back is /back; at an item prompt, 上一项.
        steps.Add(Step.Typed(count == items.Count ? "/back" : "上一项"));
        steps.Add(new Step(ConcurrentChat.Format(again), null, lastItem, again));
        audit.Add((lastItem, before, again));
        return new Plan(user, memberId, village, category, steps, audit);
    }

    static string FullWidth(decimal value) => Fuzzing.FuzzText.FullWidth(ConcurrentChat.Format(value));

    public void Dispose() => _chat.Dispose();
}
