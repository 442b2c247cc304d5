using ChatAppraisal.Conversations;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.Concurrency;

/// <summary>One user who double-taps buttons, whose client delivers an update twice, or who sends a burst of messages.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class OneUserTests : IDisposable
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    readonly ConcurrentChat _chat = new();

    [Fact]
    public async Task ADoubleTappedButtonActsOnceAndTheSecondTapIsToldItExpired()
    {
        var (user, memberId) = _chat.Examiner("郑亚娜");
        var replies = await _chat.OpenCategory(user, "新庄村", 0); // 党建工作, 17 items
        const int Taps = 10;
        for (var tap = 0; tap < Taps; tap++)
        {
            // The same button data twice, quickly, with different update ids: the second comes while the first may still run.
            var first = _chat.Press(user, replies, "满分");
            var second = first with { UpdateId = first.UpdateId + 100_000 };
            var both = await Task.WhenAll(Task.Run(() => _chat.Engine.HandleAsync(first)), Task.Run(() => _chat.Engine.HandleAsync(second))).WaitAsync(Limit);

            var saved = _chat.Saved(0, tap, _chat.Rubric.Categories[0].Items[tap].Max);
            Assert.Single(both, r => r.Text().Contains(saved));
            Assert.Single(both, r => r.Text().Contains(Texts.For("zh").ButtonExpired));
            // The second tap was handled last: its reply asks the next item again, and its buttons are the live ones.
            replies = both.Single(r => r.Text().Contains(Texts.For("zh").ButtonExpired));
            Assert.Contains($"党建工作 {tap + 2}/17", replies.Text());
        }

        var audit = _chat.ScoreAudit(memberId);
        Assert.Equal(Enumerable.Range(0, Taps), audit.Select(a => a.Item!.Value));
        Assert.Equal(_chat.Rubric.Categories[0].Items.Take(Taps).Select(i => i.Max), audit.Select(a => a.New!.Value));
        _chat.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task AnUpdateDeliveredTwiceAtOnceIsHandledOnce()
    {
        var (user, memberId) = _chat.Examiner("郑亚娜");
        await _chat.OpenCategory(user, "新庄村", 7); // 社会保险: 50, 40, 10
        for (var round = 0; round < 3; round++)
        {
            var update = _chat.Update(user, $"{round + 1}");
            var both = await Task.WhenAll(Task.Run(() => _chat.Engine.HandleAsync(update)), Task.Run(() => _chat.Engine.HandleAsync(update))).WaitAsync(Limit);
            Assert.Single(both, r => r.Count == 0);
            Assert.Single(both, r => r.Text().Contains(_chat.Saved(7, round, round + 1)));
        }
        Assert.Equal([1m, 2m, 3m], _chat.ScoreAudit(memberId).Select(a => a.New!.Value));
    }

    [Fact]
    public async Task ABurstIsHandledInOrderWithoutHoldingUpOtherUsers()
    {
        const int Others = 20;
        var (user, memberId) = _chat.Examiner("郑亚娜");
        await _chat.OpenCategory(user, "新庄村", 13); // 劳务输转, 17 items
        var others = new List<(ChatUser User, int MemberId)>();
        for (var i = 0; i < Others; i++)
        {
            var other = _chat.Examiner($"考核员{i:00}");
            await _chat.OpenCategory(other.User, ConcurrentChat.VillageNames[1 + i % 13], i % 15);
            others.Add(other);
        }

        // The burst: every item typed, then each item changed twice from the review ("改N", value), 85 messages.
        var items = _chat.Rubric.Categories[13].Items;
        var burst = new List<(string Text, int? Item, decimal Value)>();
        for (var item = 0; item < items.Count; item++) burst.Add(($"{item % 5}", item, item % 5));
        for (var round = 1; round <= 2; round++)
            for (var item = 0; item < items.Count; item++)
            {
                var value = ConcurrentChat.ValueFor(round * 131 + item * 17, items[item].Max);
                burst.Add(($"改{item + 1}", null, 0));
                burst.Add((ConcurrentChat.Format(value), item, value));
            }

        // Queue the whole burst behind the user's lock, in order, as a client's updates arriving faster than they are handled.
        var gate = _chat.Engine.Gate(user);
        Assert.True(gate.Wait(Limit));
        var burstTasks = burst.Select(b => _chat.Engine.HandleAsync(_chat.Update(user, b.Text))).ToList();
        Assert.All(burstTasks, t => Assert.False(t.IsCompleted)); // really queued

        // Not held up: while the burst user's whole queue is still waiting, every other user's answer goes through.
        // Were other users queued behind this user, these would never finish and the wait would time out.
        (string Text, bool BurstStillQueued)[] otherResults;
        try
        {
            otherResults = await Task.WhenAll(others.Select(o => Task.Run(async () =>
            {
                var replies = await _chat.Engine.HandleAsync(_chat.Update(o.User, "0"));
                return (replies.Text(), burstTasks.All(t => !t.IsCompleted));
            }))).WaitAsync(Limit);
        }
        finally { gate.Release(); }
        Assert.All(otherResults, r => Assert.Contains("✓", r.Text));
        Assert.All(otherResults, r => Assert.True(r.BurstStillQueued, "a burst message was handled while the user's lock was held"));

        var burstReplies = await Task.WhenAll(burstTasks).WaitAsync(Limit);

        // In order: each answer was saved for the item it was meant for, and acknowledged as such.
        for (var i = 0; i < burst.Count; i++)
            if (burst[i].Item is { } item)
                Assert.Contains(_chat.Saved(13, item, burst[i].Value), burstReplies[i].Text());
        var expected = new List<(int, decimal?, decimal)>();
        var current = new Dictionary<int, decimal>();
        foreach (var (_, item, value) in burst)
        {
            if (item is not { } it || (current.TryGetValue(it, out var old) && old == value)) continue;
            expected.Add((it, current.TryGetValue(it, out var before) ? before : null, value));
            current[it] = value;
        }
        var audit = _chat.ScoreAudit(memberId);
        Assert.Equal(expected, audit.Select(a => (a.Item!.Value, a.Old, a.New!.Value)));
        Assert.True(audit.Zip(audit.Skip(1)).All(p => p.First.At < p.Second.At), "burst audit timestamps out of order");
        foreach (var (item, value) in current) Assert.Equal(value, _chat.Score("新庄村", 13, item));

        _chat.AssertNoErrorsLogged();
    }

    public void Dispose() => _chat.Dispose();
}
