using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Channels;

/// <summary>
/// Two channels in one process: Telegram (through the Bot API double) and a channel of the tests' own, with one member
/// bound on both. What they do on one is the same appraisal on the other, and a message the bot starts itself reaches both.
/// </summary>
public sealed class TwoChannelsTests : IAsyncLifetime
{
    static readonly FakeUser Zheng = new(2101, "郑亚娜");
    const string ZhengOnTest = "zheng";

    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
    readonly RecordingChannel _test = new();
    BotApiDouble _api = null!;
    TelegramBotApp _bot = null!;
    long _updateId = 1;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await BotApiDouble.StartAsync();
        _bot = new TelegramBotApp(_api, Path.Combine(_folder, "appraisal.db"), services: s =>
        {
            s.AddSingleton(_test);
            s.AddChatChannel<RecordingChannel>();
        }).Start();
        await _api.WaitUntilAsync(() => _api.RequestsFor("getUpdates").Count > 0, "the bot to connect");
        Service<AppraisalStore>().Write(() => Service<AppraisalStore>().Setup.Villages.Insert(new Appraisal.VillageDoc { Name = "新庄村", CreatedAt = DateTime.UtcNow }));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    T Service<T>() where T : notnull => _bot.Services.GetRequiredService<T>();

    async Task<IReadOnlyList<string>> OnTestAsync(string text)
    {
        var before = _test.TextsTo(ZhengOnTest).Count;
        var replies = await Service<ChatInbox>().HandleAsync(new ChatUpdate(new ChatUser(RecordingChannel.ChannelName, ZhengOnTest), ++_updateId, Text: text), ZhengOnTest, default);
        await _test.WaitForAsync(c => c.TextsTo(ZhengOnTest).Count >= before + replies.Count, $"the replies to {text}");
        return _test.TextsTo(ZhengOnTest).Skip(before).ToList();
    }

    async Task<MemberDoc> BindOnBothAsync()
    {
        var members = Service<MemberDirectory>();
        var member = members.Add("郑亚娜", [Role.Examiner, Role.Office]);
        _api.SendText(Zheng, "/start " + members.CreateInvite(member.Id).Code);
        await _api.WaitForMessagesAsync(Zheng.Id, 1);
        Assert.StartsWith("欢迎", (await OnTestAsync("/start " + members.CreateInvite(member.Id).Code))[0]);
        return member;
    }

    [Fact]
    public async Task ScoresEnteredOnOneChannelAreThereOnTheOther()
    {
        var member = await BindOnBothAsync();

        await OnTestAsync("/score 新庄");
        await OnTestAsync("社保");
        await OnTestAsync("50 40 10");
        var saved = await OnTestAsync("确认");

        Assert.Contains(saved, t => t.Contains("社会保险"));
        var before = _api.MessagesIn(Zheng.Id).Count;
        _api.SendText(Zheng, "/score");
        var prompt = (await _api.WaitForMessagesAsync(Zheng.Id, before + 1))[^1];
        Assert.Contains(prompt.AllButtons, b => b.Label == "新庄村 3/117");
        Assert.Equal(["telegram:" + Zheng.Id, "test:" + ZhengOnTest],
            Service<AppraisalStore>().Roster.Accounts.Find(a => a.MemberId == member.Id).Select(a => a.Id).Order());
    }

    [Fact]
    public async Task AMessageTheBotStartsItselfGoesToEveryChannelTheMemberIsBoundOnAndIsRecorded()
    {
        var member = await BindOnBothAsync();
        var store = Service<AppraisalStore>();
        var before = _api.MessagesIn(Zheng.Id).Count;

        var channels = store.Write(() => Service<IMemberNotifier>().Notify(member.Id, t => [new TextReply(t.Language == "zh" ? "明天 9:00 到新庄村" : "tomorrow")], "visit"));

        Assert.Equal(["telegram", "test"], channels);
        await _test.WaitForAsync(c => c.TextsTo(ZhengOnTest).Contains("明天 9:00 到新庄村"), "the notice on the test channel");
        Assert.Equal("明天 9:00 到新庄村", (await _api.WaitForMessagesAsync(Zheng.Id, before + 1))[^1].Text);
        var recorded = Assert.Single(store.LiteDatabase().GetCollection<NotificationDoc>(NotificationDoc.Collection).FindAll());
        Assert.Equal((member.Id, "visit"), (recorded.MemberId, recorded.Kind));
    }

    [Fact]
    public async Task AMemberWhoChoseAChannelGetsWhatTheBotStartsThereOnly()
    {
        var member = await BindOnBothAsync();
        var store = Service<AppraisalStore>();
        store.Write(() =>
        {
            var doc = store.Roster.Members.FindById(member.Id)!;
            doc.PreferredChannel = RecordingChannel.ChannelName;
            store.Roster.Members.Update(doc);
        });

        var channels = store.Write(() => Service<IMemberNotifier>().Notify(member.Id, _ => [new TextReply("只发这里")], "reminder"));

        Assert.Equal(["test"], channels);
        await _test.WaitForAsync(c => c.TextsTo(ZhengOnTest).Contains("只发这里"), "the reminder");
        Assert.DoesNotContain(_api.MessagesIn(Zheng.Id), m => m.Text == "只发这里");
    }

    [Fact]
    public async Task AnInviteInTheChatSaysHowToJoinOnEachRunningChannel()
    {
        await BindOnBothAsync();
        Service<AppraisalStore>().Write(() =>
        {
            var doc = Service<AppraisalStore>().Roster.Members.FindOne(m => m.Name == "郑亚娜")!;
            doc.Roles.Add(Role.Admin);
            Service<AppraisalStore>().Roster.Members.Update(doc);
        });

        var answer = string.Join("\n", await OnTestAsync("/invite 钱卫东 leader"));

        Assert.Matches(@"或点链接（Telegram）：https://t\.me/appraisal_test_bot\?start=", answer);
        Assert.Matches(@"或点链接（test）：test://join/", answer);
    }
}
