using ChatAppraisal.Appraisal;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;
using ChatAppraisal.Tests.WeCom;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.ScaleOut;

/// <summary>
/// Two whole bots (Program, real Kestrel) on one PostgreSQL database behind the WeCom double, its callbacks spread over both
/// as a load balancer would: an examiner's messages are applied once each and in order whichever process takes them, every
/// reply is sent once and in order, a lapsed process's messages are sent by the other, and WeCom's 30 a minute per member
/// holds for both together.
/// </summary>
public sealed class TwoWeComProcessesTests : IAsyncLifetime
{
    const string Zheng = "ZhengYaNa";

    readonly TestPostgres _database = new();
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-scaleout", Guid.NewGuid().ToString("N"));
    WeComApiDouble _api = null!;
    WeComBotApp _first = null!, _second = null!;
    string _firstUrl = "", _secondUrl = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await WeComApiDouble.StartAsync();
        _first = new WeComBotApp(_api, Path.Combine(_folder, "a", "appraisal.db"), _database.With(null)).Start();
        _firstUrl = _api.CallbackUrl!;
        _second = new WeComBotApp(_api, Path.Combine(_folder, "b", "appraisal.db"), _database.With(null)).Start();
        _secondUrl = _api.CallbackUrl!;
        Store(_first).Write(() => Store(_first).Setup.Villages.Insert(new VillageDoc { Name = "新庄村", CreatedAt = DateTime.UtcNow }));
    }

    static AppraisalStore Store(WeComBotApp app) => app.Services.GetRequiredService<AppraisalStore>();

    /// <summary>Points the double's next callback at one process or the other.</summary>
    WeComApiDouble To(WeComBotApp app)
    {
        _api.CallbackUrl = app == _first ? _firstUrl : _secondUrl;
        return _api;
    }

    async Task JoinAsync()
    {
        var members = _second.Services.GetRequiredService<MemberDirectory>();
        var member = members.Add("郑亚娜", [Role.Examiner]);
        Assert.True((await To(_second).SendTextAsync(Zheng, "/start " + members.CreateInvite(member.Id).Code)).Acknowledged);
        await _api.WaitUntilAsync(() => _api.MessagesTo(Zheng).Any(m => m.Reads.StartsWith("欢迎", StringComparison.Ordinal)), "the welcome");
    }

    [Fact]
    public async Task AnExaminersMessagesSpreadOverTwoProcessesAreAppliedOnceEachAndAnsweredInOrder()
    {
        await JoinAsync();
        var before = _api.MessagesTo(Zheng).Count;
        // Each message acknowledged before the next, alternately by each process (replies written by both, sent by both).
        string[] typed = ["/score", "新庄", "社保", "50", "40", "7.5", "确认"];
        var acknowledged = new List<WeComCallbackResult>();
        for (var i = 0; i < typed.Length; i++)
        {
            var result = await To(i % 2 == 0 ? _first : _second).SendTextAsync(Zheng, typed[i]);
            Assert.True(result.Acknowledged);
            acknowledged.Add(result);
        }
        // WeCom retries a callback: the same message delivered again, to the other process, is not applied again.
        for (var i = 0; i < acknowledged.Count; i++)
            Assert.True((await To(i % 2 == 0 ? _second : _first).DeliverAgainAsync(acknowledged[i])).Acknowledged);

        var replies = (await _api.WaitForMessagesAsync(Zheng, before + typed.Length, TimeSpan.FromSeconds(30))).Skip(before).ToList();
        await Task.Delay(1500); // a duplicate would come within this
        Assert.Equal(before + typed.Length, _api.MessagesTo(Zheng).Count);
        Assert.StartsWith("请选择要评分的村", replies[0].Reads);
        Assert.StartsWith("新庄村 · 已评 0/117 项", replies[1].Reads);
        Assert.StartsWith("社会保险 1/3 · ", replies[2].Reads);
        Assert.StartsWith("✓ 城乡居民基本医疗保险：50 分\n社会保险 2/3 · ", replies[3].Reads);
        Assert.Contains("：40 分\n社会保险 3/3 · ", replies[4].Reads);
        Assert.Contains("：7.5 分\n请核对：新庄村 · 社会保险", replies[5].Reads);
        Assert.StartsWith("✓ 已确认：社会保险 97.5 分。", replies[6].Reads);

        var store = Store(_first);
        var village = store.Setup.Villages.FindOne(v => v.Name == "新庄村")!;
        Assert.Equal([50m, 40m, 7.5m], store.Scores.Items.Find(s => s.VillageId == village.Id).OrderBy(s => s.Item).Select(s => s.Value));
        Assert.Equal(4, store.Audit.Entries.Find(a => a.VillageId == village.Id).Count());
        // Each update once in the database, whichever process took it first.
        Assert.Equal(typed.Length + 1, store.Conversations.Processed.Count());
        await _api.WaitUntilAsync(() => store.Outbox.Messages.Count() == 0, "every sent message to be crossed off");
        Assert.Empty(_api.Dropped);
    }

    [Fact]
    public async Task MessagesOfAProcessWhoseClaimLapsedAreSentOnceAndInOrderByAnother()
    {
        await JoinAsync();
        var before = _api.MessagesTo(Zheng).Count;
        var store = Store(_first);
        // A process wrote these down and died before sending them: its claim ran out a minute ago.
        store.Write(() =>
        {
            store.Outbox.Senders.Upsert(new OutboxSenderDoc { Id = "gone:1", AliveUntil = DateTime.UtcNow.AddMinutes(-1) });
            for (var i = 1; i <= 5; i++)
                store.Outbox.Messages.Insert(OutboxDoc.From("wecom", Zheng, new TextReply(Long($"第{i}条")), "reply", DateTime.UtcNow) is var doc
                    ? Owned(doc, "gone:1") : null!);
        });

        var received = (await _api.WaitForMessagesAsync(Zheng, before + 5, TimeSpan.FromSeconds(15))).Skip(before).ToList();
        await Task.Delay(SharedOutbox.RenewEvery * 2); // the other process looks too, and must find nothing left
        Assert.Equal(Enumerable.Range(1, 5).Select(i => Long($"第{i}条")), received.Select(m => m.Text));
        Assert.Equal(before + 5, _api.MessagesTo(Zheng).Count);
        Assert.Null(store.Outbox.Senders.FindById("gone:1"));
        await _api.WaitUntilAsync(() => store.Outbox.Messages.Count() == 0, "the taken-over messages to be crossed off");
    }

    [Fact]
    public async Task WeComsThirtyAMinutePerMemberHoldsForBothProcessesTogether()
    {
        await JoinAsync();
        var sent = _api.MessagesTo(Zheng).Count; // the welcome (and its follow-up, if any)
        var notices = Enumerable.Range(1, 30 - sent).Select(i => (Reply)new TextReply(Long($"通知{i}"))).ToList();
        // One process sends the member's whole minute; a message the other one writes must wait for the window.
        foreach (var notice in notices) _first.Services.GetRequiredService<Outbox>().Write("wecom", Zheng, [notice], "notice");
        await _api.WaitForMessagesAsync(Zheng, 30, TimeSpan.FromSeconds(20));
        _second.Services.GetRequiredService<Outbox>().Write("wecom", Zheng, [new TextReply("第三十一条")], "notice");

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(30, _api.MessagesTo(Zheng).Count);
        Assert.Empty(_api.Dropped); // nothing went over WeCom's limit, where it would have been dropped silently
        Assert.Equal(1, Store(_second).Outbox.Messages.Count(d => d.ChatId == Zheng));
    }

    /// <summary>Over half of WeCom's 2,048 bytes: two never go out merged into one message.</summary>
    static string Long(string text) => text + new string('字', 400);

    static OutboxDoc Owned(OutboxDoc doc, string owner)
    {
        doc.Owner = owner;
        return doc;
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _api.DisposeAsync();
        _database.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
