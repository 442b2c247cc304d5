using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Conversations;

public class ConversationEngineTests
{
    [Fact]
    public async Task HelpMidDialogAnswersAndKeepsThePlace()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50");
        var reply = await chat.Send(user, "/help");
        Assert.Contains("/score（评分、打分） — 现场评分", reply.Text());
        Assert.Contains("快速录入", reply.Text());
        Assert.Contains("社会保险 2/3 · 农村居民医疗保险（满分 40 分）", reply.Text());
        await chat.Send(user, "40");
        Assert.Equal([50m, 40m], chat.Scores().Select(s => s.Value));
    }

    [Fact]
    public async Task BackReturnsToThePreviousItemShowingItsScore()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "45");
        var reply = await chat.Send(user, "/back");
        Assert.Contains("社会保险 1/3 · 城乡居民基本医疗保险（满分 50 分）", reply.Text());
        Assert.Contains("现有分数：45", reply.Text());
        await chat.Send(user, "48");
        Assert.Equal(48m, chat.Score(7, 0));
        reply = await chat.Press(user, "上一项");
        Assert.Contains("社会保险 1/3", reply.Text());
        reply = await chat.Send(user, "/back");
        Assert.Contains("请选择类别", reply.Text());
        reply = await chat.Send(user, "/back");
        Assert.Contains("请选择要评分的村", reply.Text());
        reply = await chat.Send(user, "/back");
        Assert.Contains("已经是第一步了", reply.Text());
    }

    [Fact]
    public async Task CancelLeavesTheDialogAndKeepsWhatWasSaved()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50");
        var reply = await chat.Send(user, "/cancel");
        Assert.Contains("已退出。已保存的分数都保留着。", reply.Text());
        Assert.Equal(50m, chat.Score(7, 0));
        reply = await chat.Send(user, "40");
        Assert.Contains("您可以：", reply.Text());
        Assert.Single(chat.Scores());
    }

    [Fact]
    public async Task AfterARestartTheUserContinuesAtTheSamePrompt()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50");

        chat.Restart();

        var reply = await chat.Send(user, "33");
        Assert.Contains("✓ 农村居民医疗保险：33 分", reply.Text());
        Assert.Equal([50m, 33m], chat.Scores().Select(s => s.Value));
        reply = await chat.Send(user, "/help");
        Assert.Contains("社会保险 3/3 · 计生工作", reply.Text());
    }

    [Fact]
    public async Task AButtonFromAnOldMessageHasExpiredAndChangesNothing()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var oldFullMarks = chat.Buttons(user).First(b => b.Label == "满分");
        await chat.Send(user, "45");

        var reply = await chat.Deliver(new ChatUpdate(user, 1, ButtonData: oldFullMarks.Data));

        Assert.Contains("这个按钮已过期。", reply.Text());
        Assert.Contains("社会保险 2/3", reply.Text());
        Assert.Equal([45m], chat.Scores().Select(s => s.Value));
    }

    [Fact]
    public async Task AButtonAfterTheDialogWasCancelledHasExpired()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "/cancel");
        var reply = await chat.Press(user, "满分");
        Assert.Contains("这个按钮已过期。", reply.Text());
        Assert.Empty(chat.Scores());
    }

    [Fact]
    public async Task AnUpdateDeliveredTwiceIsHandledOnce()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var update = new ChatUpdate(user, 777, Text: "50");
        Assert.NotEmpty(await chat.Deliver(update));
        Assert.Empty(await chat.Deliver(update));
        Assert.Equal([50m], chat.Scores().Select(s => s.Value));
        Assert.Single(chat.Audit());
        var reply = await chat.Send(user, "/help");
        Assert.Contains("社会保险 2/3", reply.Text()); // moved on one item, not two
    }

    [Fact]
    public async Task UpdateIdsAreForgottenAfterFourteenDays()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var old = new ChatUpdate(user, 777, Text: "50");
        await chat.Deliver(old);
        chat.Db.Clock.Advance(TimeSpan.FromDays(13));
        await chat.Send(user, "/help");
        Assert.Empty(await chat.Deliver(old)); // still known after 13 days

        chat.Db.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await chat.Send(user, "/help");        // any update sweeps the old ids away

        var processed = chat.Db.Store.LiteDatabase().GetCollection<ProcessedUpdateDoc>("processed_updates");
        Assert.DoesNotContain(processed.FindAll(), p => p.Id == ProcessedUpdateDoc.Key(old));
        Assert.Equal(2, processed.Count());
    }

    [Fact]
    public async Task OneUsersConcurrentUpdatesRunOneAtATimeWithoutLosingAny()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(1); // 党建工作, 17 items
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => chat.Send(user, "1"))));
        Assert.Equal(10, chat.Scores().Count);
        Assert.Equal(Enumerable.Range(0, 10), chat.Scores().Select(s => s.Item));
        Assert.Contains("党建工作 11/17", (await chat.Send(user, "/help")).Text());
    }

    [Fact]
    public async Task DifferentUsersScoreInParallel()
    {
        using var chat = new ChatHarness();
        var users = Enumerable.Range(0, 6).Select(i => chat.Examiner($"考核员{i}")).ToList();
        await Task.WhenAll(users.Select((u, i) => Task.Run(async () =>
        {
            await chat.Send(u, "/score");
            await chat.Send(u, "新庄村");
            await chat.Send(u, (i + 1).ToString());
            var count = Scenario.Rubric.Categories[i].Items.Count;
            await chat.Send(u, string.Join(" ", Enumerable.Repeat("1", count)));
        })));
        var expected = Enumerable.Range(0, 6).Sum(i => Scenario.Rubric.Categories[i].Items.Count);
        Assert.Equal(expected, chat.Scores().Count);
        Assert.Equal(expected, chat.Audit().Count);
    }

    [Fact]
    public async Task AnExceptionIsLoggedAnsweredWithAnApologyAndRollsBackTheWholeUpdate()
    {
        using var chat = new ChatHarness(configure: s => s.AddDialog<ExplodingDialog>());
        var user = chat.Examiner();

        var reply = await chat.Send(user, "/explode");

        Assert.Equal("抱歉，处理这条消息时出错了，请再发一次。已保存的内容不受影响。", Assert.IsType<TextReply>(Assert.Single(reply)).Text);
        var error = Assert.Single(chat.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Empty(chat.Scores());   // the score it saved before failing was rolled back with everything else
        Assert.Empty(chat.Audit());
        Assert.Contains("您可以：", (await chat.Send(user, "hello")).Text());
    }

    [Fact]
    public async Task PhotosAndStickersAreExplainedAndThePromptRepeated()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var reply = await chat.Deliver(new ChatUpdate(user, 5, Unsupported: true));
        Assert.Contains("图片、表情、语音等看不懂", reply.Text());
        Assert.Contains("社会保险 1/3", reply.Text());
    }

    [Fact]
    public async Task LangSwitchesThisUserToEnglishAndBack()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var other = chat.Examiner("王五");
        var reply = await chat.Send(user, "/lang en");
        Assert.Contains("Replies are now in English.", reply.Text());
        Assert.Contains("社会保险 1/3 · 城乡居民基本医疗保险 (max 50)", reply.Text()); // the rubric stays as written
        Assert.Contains("is not a score", (await chat.Send(user, "abc")).Text());
        Assert.Contains("您可以：", (await chat.Send(other, "abc")).Text());
        Assert.Equal("en", chat.Db.Members.Account(user.Channel, user.UserId)!.Language);
        Assert.Contains("已切换为中文", (await chat.Send(user, "/lang zh")).Text());
        Assert.Contains("/lang zh", (await chat.Send(user, "/lang fr")).Text());
    }

    [Fact]
    public async Task BotLanguageSetsTheDefault()
    {
        using var chat = new ChatHarness(language: "en");
        var reply = await chat.Send(chat.Examiner(), "/score");
        Assert.Contains("Choose the village to score", reply.Text());
    }

    [Fact]
    public void BotLanguageOtherThanZhOrEnIsRefusedAtStart()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:Language"] = "fr" }).Build());
        services.AddConversations();
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value);
        Assert.Contains("Bot:Language must be zh or en.", e.Message);
    }

    [Fact]
    public void TwoCommandsWithTheSameNameStopStartUp()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ChatHarness(configure: s => s.AddChatCommand<AnotherScore>()));
        Assert.Equal("The chat command /score is registered twice.", e.Message);
    }

    /// <summary>Saves a score, then fails: the engine must roll both back.</summary>
    sealed class ExplodingDialog(ScoreBook book, Periods periods, AppraisalStore store) : IDialog
    {
        public string Name => "explode";
        public Role Requires => Role.Examiner;
        public string Describe(Texts texts) => "test";
        public string Help(Texts texts) => "";
        public string Diagram() => "";
        public void Start(Turn turn, string args)
        {
            book.SetItem(turn.Actor, periods.Active(), store.Setup.Villages.FindAll().First().Id, 0, 0, 1);
            throw new InvalidOperationException("boom");
        }
        public void OnText(Turn turn, string text) { }
        public void OnButton(Turn turn, string data) { }
        public void Back(Turn turn) { }
        public void Prompt(Turn turn) { }
    }

    sealed class AnotherScore : IChatCommand
    {
        public string Name => "score";
        public Role? Requires => null;
        public string Describe(Texts texts) => "clash";
        public void Run(Turn turn, string args) { }
    }
}
