using ChatAppraisal.Tests.Support;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>
/// Base of the end-to-end tests: the real bot (Program, the real conversation engine, LiteDB file, Telegram channel and
/// its Telegram.Bot client) against a fresh <see cref="BotApiDouble"/>. Nothing is scripted: people join with invite
/// codes, type and press buttons in the simulated Telegram, and the test reads what the bot sent and what it stored.
/// </summary>
public abstract class EndToEndTest() : WholeBotTest("chatappraisal-tests"), IAsyncLifetime
{
    public const string ApiKey = "e2e-admin-key-0123456789";

    protected static readonly FakeUser Zheng = new(2001, "郑亚娜");
    protected static readonly FakeUser Qian = new(2002, "钱卫东");
    protected static readonly FakeUser Sun = new(2003, "孙丽");
    protected static readonly FakeUser Zhou = new(2004, "周建国");
    protected static readonly FakeUser Stranger = new(2099, "路人");

    protected static readonly string[] Villages = ["新庄村", "东湾村", "西坪村"];

    protected BotApiDouble Api { get; private set; } = null!;
    protected TelegramBotApp Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Api = await BotApiDouble.StartAsync();
        await StartBotAsync();
        Service<AppraisalStore>().Write(() =>
        {
            foreach (var name in Villages) Service<AppraisalStore>().Setup.Villages.Insert(new VillageDoc { Name = name, CreatedAt = DateTime.UtcNow });
        });
    }

    /// <summary>Starts the bot on <see cref="DatabasePath"/> (a restart when it ran before) and waits until it is connected.</summary>
    protected async Task StartBotAsync()
    {
        var settings = new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey };
        foreach (var (key, value) in BotSettings) settings[key] = value;
        var polls = Api.RequestsFor("getUpdates").Count;
        Bot = new TelegramBotApp(Api, DatabasePath, engine: null, settings: settings).Start();
        await Api.WaitUntilAsync(() => Api.RequestsFor("getUpdates").Count > polls || Api.WebhookUrl is not null, "the bot to connect");
    }

    protected async Task StopBotAsync() => await Bot.DisposeAsync();

    protected T Service<T>() where T : notnull => Bot.Services.GetRequiredService<T>();

    protected AppraisalStore Store => Service<AppraisalStore>();

    protected PeriodView Period => Service<Periods>().Active();

    protected VillageDoc Village(string name) => Store.Setup.Villages.FindOne(v => v.Name == name)!;

    /// <summary>An admin adds the member; the person opens the invite's deep link (Telegram then sends <c>/start CODE</c>).</summary>
    protected async Task<MemberDoc> JoinAsync(FakeUser user, params Role[] roles)
    {
        var members = Service<MemberDirectory>();
        var member = members.Add(user.FirstName, roles);
        var invite = members.CreateInvite(member.Id);
        var before = Api.MessagesIn(user.Id).Count;
        Api.SendText(user, "/start " + invite.Code);
        await Api.WaitUntilAsync(() => Api.MessagesIn(user.Id).Skip(before).Any(m => m.Text!.StartsWith("欢迎")), $"{user.FirstName} to be welcomed");
        return member;
    }

    /// <summary>Sends the text, waits for the bot's <paramref name="replies"/> new messages in that chat and returns the last.</summary>
    protected async Task<BotMessage> SayAsync(FakeUser user, string text, FakeGroup? group = null, int replies = 1) =>
        (await ExchangeAsync(user, text, group, replies))[^1];

    /// <summary>Sends the text and returns the bot's <paramref name="replies"/> new messages in that chat.</summary>
    protected async Task<IReadOnlyList<BotMessage>> ExchangeAsync(FakeUser user, string text, FakeGroup? group = null, int replies = 1)
    {
        var chat = group?.Id ?? user.Id;
        var before = Api.MessagesIn(chat).Count;
        Api.SendText(user, text, group);
        return (await Api.WaitForMessagesAsync(chat, before + replies)).Skip(before).ToList();
    }

    /// <summary>
    /// Presses a button and waits until the press is answered: the pressed message turned into the next prompt (a press
    /// answered by one prompt), or new messages after it (the edit of the pressed message, which comes first, is not new).
    /// Returns the next prompt: the edited message, or the first new one.
    /// </summary>
    protected async Task<BotMessage> PressAsync(FakeUser user, BotMessage message, string label)
    {
        var before = Api.MessagesIn(message.ChatId).Count;
        var edits = Pressed().Edits;
        var press = Api.PressButton(user, message, label);
        BotMessage Pressed() => Api.MessagesIn(message.ChatId).Single(m => m.MessageId == message.MessageId);
        await Api.WaitUntilAsync(() => Api.MessagesIn(message.ChatId).Count > before
            || Pressed().Edits > edits && !Pressed().Text!.EndsWith("\n→ " + label, StringComparison.Ordinal), "the press to be answered");
        await Api.WaitUntilAsync(() => Api.ButtonAnswered(press), "the button press to be answered");
        return (Api.MessagesIn(message.ChatId).Count > before ? Api.MessagesIn(message.ChatId)[before] : Pressed()).Snapshot();
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
