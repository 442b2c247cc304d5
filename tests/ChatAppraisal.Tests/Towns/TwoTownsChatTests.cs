using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using ChatAppraisal.Towns;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Towns;

/// <summary>
/// Two towns on one deployment, through the Telegram double and the browser chat's accounts at once: each member sees only
/// their own town, a county member sees both, an invite lands in its town, and a button from before a move shows nothing.
/// </summary>
public sealed class TwoTownsChatTests : IAsyncLifetime
{
    static readonly FakeUser Zhang = new(3101, "张三"), Li = new(3102, "李四"), Zhou = new(3103, "周县");

    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
    BotApiDouble _api = null!;
    TelegramBotApp _bot = null!;
    int _town2;
    long _updateId = 1;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await BotApiDouble.StartAsync();
        _bot = new TelegramBotApp(_api, Path.Combine(_folder, "appraisal.db")).Start();
        await _api.WaitUntilAsync(() => _api.RequestsFor("getUpdates").Count > 0, "the bot to connect");
        _town2 = Service<TownList>().Add("柳河镇").Town!.Id;
        var actor = new Actor(0, "test", "test");
        Service<VillageRoster>().Add(actor, "新庄村");
        using (TownScope.Enter(_town2)) Service<VillageRoster>().Add(actor, "柳河村");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    T Service<T>() where T : notnull => _bot.Services.GetRequiredService<T>();

    /// <summary>An invite made in <paramref name="town"/>'s scope, as its admin (or the API under /api/towns/{town}/) makes it.</summary>
    string Invite(int town, string name, params Role[] roles)
    {
        using var _ = TownScope.Enter(town);
        var members = Service<MemberDirectory>();
        return members.CreateInvite(members.Add(name, roles).Id).Code;
    }

    async Task<List<BotMessage>> AskAsync(FakeUser user, string text)
    {
        var before = _api.MessagesIn(user.Id).Count;
        _api.SendText(user, text);
        return (await _api.WaitForMessagesAsync(user.Id, before + 1)).Skip(before).ToList();
    }

    static string Everything(IEnumerable<BotMessage> messages) =>
        string.Join("\n", messages.Select(m => m.Text + " " + string.Join(" ", m.AllButtons.Select(b => b.Label))));

    [Fact]
    public async Task EachTownsMembersSeeOnlyTheirOwnTownAndTheCountySeesBoth()
    {
        Assert.StartsWith("欢迎", (await AskAsync(Zhang, "/start " + Invite(TownScope.DefaultTownId, "张三", Role.Examiner, Role.Office)))[0].Text);
        Assert.StartsWith("欢迎", (await AskAsync(Li, "/start " + Invite(_town2, "李四", Role.Examiner, Role.Office)))[0].Text);
        Assert.StartsWith("欢迎", (await AskAsync(Zhou, "/start " + Invite(TownScope.DefaultTownId, "周县", Role.County, Role.Office)))[0].Text);
        // The browser chat's account of another member of town 2, signed in with its invite, at the same time.
        var (result, wang) = Service<WebAccounts>().Redeem(Invite(_town2, "王五", Role.Examiner));
        Assert.Equal(RedeemResult.Bound, result);

        var zhangScores = Everything(await AskAsync(Zhang, "/score"));
        var liScores = Everything(await AskAsync(Li, "/score"));
        var wangScores = string.Join("\n", (await Service<ChatInbox>().HandleAsync(
                new ChatUpdate(new ChatUser(WebAccounts.Channel, WebAccounts.ChatId(wang!.Id)), ++_updateId, Text: "/score"), WebAccounts.ChatId(wang.Id), default))
            .OfType<TextReply>().Select(r => r.Text + " " + string.Join(" ", (r.Buttons ?? []).SelectMany(row => row).Select(b => b.Label))));
        Assert.Contains("新庄村", zhangScores);
        Assert.DoesNotContain("柳河村", zhangScores);
        Assert.Contains("柳河村", liScores);
        Assert.DoesNotContain("新庄村", liScores);
        Assert.Contains("柳河村", wangScores);
        Assert.DoesNotContain("新庄村", wangScores);
        await AskAsync(Zhang, "/cancel");
        await AskAsync(Li, "/cancel");

        var zhangProgress = Everything(await AskAsync(Zhang, "进度"));
        Assert.Contains("新庄村", zhangProgress);
        Assert.DoesNotContain("柳河村", zhangProgress);
        Assert.DoesNotContain("李四", zhangProgress);
        var liProgress = Everything(await AskAsync(Li, "进度"));
        Assert.Contains("柳河村", liProgress);
        Assert.DoesNotContain("张三", liProgress);

        // Only the county's office reads the county; it reads both towns.
        Assert.DoesNotContain("柳河镇", Everything(await AskAsync(Zhang, "/county")));
        var county = Everything(await AskAsync(Zhou, "县"));
        Assert.Contains("新庄镇", county);
        Assert.Contains("柳河镇", county);
        Assert.Contains("新庄村", county);
        Assert.Contains("柳河村", county);
        var before = _api.MessagesIn(Zhou.Id).Count;
        _api.SendText(Zhou, "县 导出");
        var sent = (await _api.WaitForMessagesAsync(Zhou.Id, before + 1))[^1];
        Assert.Equal("全县综合考核汇总.xlsx", sent.Document?.FileName);
    }

    [Fact]
    public async Task AnInviteLandsInItsTownAndAButtonFromBeforeTheMoveShowsNothingOfTheOldTown()
    {
        await AskAsync(Zhang, "/start " + Invite(TownScope.DefaultTownId, "张三", Role.Examiner));
        var prompt = (await AskAsync(Zhang, "/score")).Last(m => m.AllButtons.Any());
        Assert.Contains(prompt.AllButtons, b => b.Label.StartsWith("新庄村"));
        var account = Service<MemberDirectory>().Account("telegram", Zhang.Id.ToString())!;
        Assert.Equal(TownScope.DefaultTownId, account.TownId);

        // The same Telegram account joins town 2 with town 2's invite: it is now that town's member, bound there.
        Assert.StartsWith("欢迎", (await AskAsync(Zhang, "/start " + Invite(_town2, "张三", Role.Examiner)))[0].Text);
        Assert.Equal(_town2, Service<MemberDirectory>().Account("telegram", Zhang.Id.ToString())!.TownId);

        var before = _api.MessagesIn(Zhang.Id).Count;
        _api.PressButton(Zhang, prompt, prompt.AllButtons.First(b => b.Label.StartsWith("新庄村")).Label);
        var pressed = Everything((await _api.WaitForMessagesAsync(Zhang.Id, before + 1)).Skip(before));
        Assert.Contains("这个按钮已过期", pressed);
        Assert.DoesNotContain("新庄村", pressed.Replace(prompt.Text ?? "", ""));

        var now = Everything(await AskAsync(Zhang, "/score"));
        Assert.Contains("柳河村", now);
        Assert.DoesNotContain("新庄村", now);
    }
}
