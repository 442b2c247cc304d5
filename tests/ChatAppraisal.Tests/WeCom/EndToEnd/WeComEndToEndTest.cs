using ChatAppraisal.Tests.Support;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.WeCom.EndToEnd;

/// <summary>
/// Base of the WeCom end-to-end tests: the whole bot (Program, the real engine, a LiteDB file, the WeCom channel and the
/// outbox) as a WeCom app against a fresh <see cref="WeComApiDouble"/>, Telegram not configured. People join with invite
/// codes, type and press card buttons in the simulated WeCom; the double posts every callback encrypted and signed to the
/// bot's /wecom/callback, and the test reads what members received and what the bot stored.
/// </summary>
public abstract class WeComEndToEndTest() : WholeBotTest("chatappraisal-wecom"), IAsyncLifetime
{
    protected const string Zheng = "ZhengYaNa", Qian = "QianWeiDong", Sun = "SunLi", Stranger = "LuRen";
    protected static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Zheng] = "郑亚娜", [Qian] = "钱卫东", [Sun] = "孙丽",
    };

    protected static readonly string[] Villages = ["新庄村", "东湾村", "西坪村"];

    protected WeComApiDouble Api { get; private set; } = null!;
    protected WeComBotApp Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Api = await WeComApiDouble.StartAsync();
        Bot = new WeComBotApp(Api, DatabasePath, BotSettings).Start();
        Store.Write(() =>
        {
            foreach (var name in Villages) Store.Setup.Villages.Insert(new VillageDoc { Name = name, CreatedAt = DateTime.UtcNow });
        });
    }

    protected T Service<T>() where T : notnull => Bot.Services.GetRequiredService<T>();

    protected AppraisalStore Store => Service<AppraisalStore>();

    protected VillageDoc Village(string name) => Store.Setup.Villages.FindOne(v => v.Name == name)!;

    protected IReadOnlyList<WeComMessage> Inbox(string user) => Api.MessagesTo(user);

    /// <summary>An admin adds the member and makes an invite; the person sends <c>/start CODE</c> in the app.</summary>
    protected async Task<MemberDoc> JoinAsync(string user, params Role[] roles)
    {
        var members = Service<MemberDirectory>();
        var member = members.Add(Names[user], roles);
        var invite = members.CreateInvite(member.Id);
        var before = Inbox(user).Count;
        Assert.True((await Api.SendTextAsync(user, "/start " + invite.Code)).Acknowledged);
        await Api.WaitUntilAsync(() => Inbox(user).Skip(before).Any(m => m.Reads.StartsWith("欢迎", StringComparison.Ordinal)), $"{user} to be welcomed");
        return member;
    }

    /// <summary>Types the text and returns the <paramref name="replies"/> new messages the member received.</summary>
    protected async Task<IReadOnlyList<WeComMessage>> ExchangeAsync(string user, string text, int replies = 1)
    {
        var before = Inbox(user).Count;
        Assert.True((await Api.SendTextAsync(user, text)).Acknowledged);
        return (await Api.WaitForMessagesAsync(user, before + replies)).Skip(before).ToList();
    }

    /// <summary>Types the text and returns the last of the <paramref name="replies"/> new messages.</summary>
    protected async Task<WeComMessage> SayAsync(string user, string text, int replies = 1) => (await ExchangeAsync(user, text, replies))[^1];

    /// <summary>Presses a card's button; waits until the card shows the choice and the answer has come; returns the answer.</summary>
    protected async Task<WeComMessage> PressAsync(WeComMessage card, string label)
    {
        var before = Inbox(card.UserId).Count;
        Assert.True((await Api.PressButtonAsync(card, label)).Acknowledged);
        await Api.WaitUntilAsync(() => card.ReplacedWith is not null && Inbox(card.UserId).Count > before, $"the press of '{label}' to be answered");
        return Inbox(card.UserId)[before];
    }

    protected List<ItemScoreDoc> Scores(string village) =>
        Store.Scores.Items.Find(s => s.VillageId == Village(village).Id).OrderBy(s => s.Category).ThenBy(s => s.Item).ToList();

    protected List<AuditEntry> Audit(string village) =>
        Store.Audit.Entries.Find(a => a.VillageId == Village(village).Id).OrderBy(a => a.Id).ToList();

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
        RemoveStorage();
    }
}
