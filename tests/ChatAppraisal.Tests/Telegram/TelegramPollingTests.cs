using System.Text.Json.Nodes;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>The bot long-polls the double; updates reach the engine and replies come back through the real client.</summary>
public sealed class TelegramPollingTests : TelegramBotTest
{
    const string GroupBot = "appraisal_test_bot";
    static readonly FakeGroup Office = new(-1001234567890, "考核办公室");

    [Fact]
    public async Task TypedTextReachesTheEngineAndTheReplyArrivesInTheSameChat()
    {
        var id = Api.SendText(Wang, "你好");

        var messages = await Api.WaitForMessagesAsync(Wang.Id, 1);

        Assert.Equal("收到：你好", messages.Single().Text);
        var seen = Assert.Single(Engine.Seen);
        Assert.Equal(new ChatUser("telegram", "1001", "王芳", "zh-hans"), seen.From);
        Assert.Equal(id, seen.UpdateId);
        Assert.False(seen.Unsupported);
    }

    [Fact]
    public async Task StartUpAsksOnlyForMessagesAndButtonPressesAndPublishesTheCommandMenuInChineseAndEnglish()
    {
        await Api.WaitUntilAsync(() => Api.Commands("en").Count > 0, "the English command menu");

        Assert.Equal(["message", "callback_query"], Api.AllowedUpdates);
        Assert.Single(Api.RequestsFor("deleteWebhook"));
        var chinese = Api.Commands();
        Assert.Equal(["start", "help"], chinese.Take(2).Select(c => c.Command));
        Assert.Equal(["cancel", "back"], chinese.TakeLast(2).Select(c => c.Command));
        Assert.Contains(chinese, c => c.Command == "ranking" && c.Description.Contains("排名"));
        Assert.Contains(Api.Commands("en"), c => c.Command == "ranking" && c.Description.Contains("ranking", StringComparison.OrdinalIgnoreCase));
        Assert.All(chinese, c => Assert.InRange(c.Description.Length, 1, 256));
    }

    [Fact]
    public async Task TheCommandMenuHoldsEveryRegisteredDialogAndCommandAndNothingElseInBothLanguages()
    {
        await Api.WaitUntilAsync(() => Api.Commands("en").Count > 0, "the English command menu");
        var registered = Bot.Services.GetServices<IDialog>().Select(d => d.Name)
            .Concat(Bot.Services.GetServices<IChatCommand>().Select(c => c.Name)).Order().ToList();

        Assert.Equal(registered, Api.Commands().Select(c => c.Command).Order());
        Assert.Equal(registered, Api.Commands("en").Select(c => c.Command).Order());
        Assert.Contains("unseal", registered); // once missing from a menu kept by hand
    }

    [Fact]
    public void InviteLinksBecomeDeepLinksToTheBotOnceItKnowsItsName()
    {
        var links = Bot.Services.GetRequiredService<IInviteLinks>();

        Assert.Equal($"https://t.me/{GroupBot}?start=Ab3_x-9", links.LinkFor("Ab3_x-9"));
    }

    [Fact]
    public async Task ADeepLinkStartArrivesAsStartWithTheCode()
    {
        Api.SendText(Wang, "/start Ab3_x-9");

        await Api.WaitForMessagesAsync(Wang.Id, 1);

        Assert.Equal("/start Ab3_x-9", Assert.Single(Engine.Seen).Text);
    }

    [Fact]
    public async Task AButtonPressIsAnsweredAndEditsItsMessageInPlace()
    {
        Api.SendText(Wang, "/menu");
        var menu = (await Api.WaitForMessagesAsync(Wang.Id, 1)).Single();
        Assert.Equal(["A", "B"], menu.AllButtons.Select(b => b.Label));

        var press = Api.PressButton(Wang, menu, "B");
        await Api.WaitUntilAsync(() => Api.LastMessageIn(Wang.Id)!.Text == "已选 B", "the menu to be edited");

        var message = Assert.Single(Api.MessagesIn(Wang.Id));
        Assert.Equal(1, message.Edits);
        Assert.Equal(["A", "B"], message.AllButtons.Select(b => b.Label));
        await Api.WaitUntilAsync(() => Api.ButtonAnswered(press), "the button press to be answered");
        var seen = Engine.Seen.Last();
        Assert.Equal("pick:B", seen.ButtonData);
        Assert.Equal(menu.MessageId.ToString(), seen.ButtonMessageId);
    }

    [Fact]
    public async Task PressingTheChoiceAlreadyShownLeavesTheMessageAsItIs()
    {
        Api.SendText(Wang, "/menu");
        var menu = (await Api.WaitForMessagesAsync(Wang.Id, 1)).Single();
        Api.PressButton(Wang, menu, "A");
        await Api.WaitUntilAsync(() => Api.LastMessageIn(Wang.Id)!.Text == "已选 A", "the first edit");

        var again = Api.PressButton(Wang, Api.LastMessageIn(Wang.Id)!, "A");
        await Api.WaitUntilAsync(() => Api.ButtonAnswered(again) && Api.RequestsFor("editMessageText").Count == 2, "the second edit");
        await Task.Delay(300);

        Assert.Equal(400, Api.RequestsFor("editMessageText")[1].Status);
        Assert.Single(Api.MessagesIn(Wang.Id));
        Assert.Single(Api.RequestsFor("sendMessage"));
        Assert.DoesNotContain(Bot.Logs.AtLeast(LogLevel.Warning), e => e.Category.Contains("Telegram"));
    }

    [Fact]
    public async Task AnEditOfAMessageThatIsGoneArrivesAsANewMessage()
    {
        Engine.Respond = u => [new TextReply("新的提示", EditMessageId: "987")];

        Api.SendText(Wang, "继续");

        var message = (await Api.WaitForMessagesAsync(Wang.Id, 1)).Single();
        Assert.Equal("新的提示", message.Text);
        Assert.Equal(400, Assert.Single(Api.RequestsFor("editMessageText")).Status);
    }

    [Fact]
    public async Task AReplyLongerThanTelegramAllowsIsSplitAtLineBreaksWithTheButtonsUnderTheLastPart()
    {
        Api.SendText(Wang, "/long");

        var messages = await Api.WaitForMessagesAsync(Wang.Id, 2);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.InRange(m.Text!.Length, 1, 4096));
        Assert.Equal(ScriptedEngine.LongText, string.Join('\n', messages.Select(m => m.Text)));
        Assert.Empty(messages[0].Buttons);
        Assert.Equal(["A", "B"], messages[1].AllButtons.Select(b => b.Label));
    }

    [Fact]
    public async Task AChartArrivesAsAnUploadedPhotoAndAnExportAsAnUploadedDocument()
    {
        Api.SendText(Wang, "/chart");
        Api.SendText(Wang, "/export");

        var messages = await Api.WaitForMessagesAsync(Wang.Id, 2);

        Assert.Equal(ScriptedEngine.Png, messages[0].Photo!.Content);
        Assert.Equal("排名图", messages[0].Caption);
        Assert.Equal(ScriptedEngine.Workbook, messages[1].Document!.Content);
        Assert.Equal("考核结果.xlsx", messages[1].Document!.FileName);
        Assert.Equal("导出", messages[1].Caption);
        var photoCall = Assert.Single(Api.RequestsFor("sendPhoto"));
        Assert.True(photoCall.Multipart);
        Assert.Equal("attach://0", photoCall.String("photo"));
        Assert.Equal("attach://0", Assert.Single(Api.RequestsFor("sendDocument")).String("document"));
    }

    [Fact]
    public async Task APhotoOrStickerFromAPersonReachesTheEngineAsUnsupported()
    {
        Api.SendPhoto(Wang);
        Api.SendSticker(Wang);

        var messages = await Api.WaitForMessagesAsync(Wang.Id, 2);

        Assert.All(messages, m => Assert.Equal("请发送文字。", m.Text));
        Assert.All(Engine.Seen, u => Assert.True(u.Unsupported));
    }

    [Fact]
    public async Task InAGroupACommandToOurBotIsAnsweredInTheGroupAndOtherTalkIsLeftAlone()
    {
        Api.JoinGroup(Wang, Office);
        Api.SendText(Wang, "大家好", Office);
        Api.SendText(Wang, "/ranking@other_bot", Office);
        Api.SendText(Li, $"/ranking@{GroupBot}", Office);

        var messages = await Api.WaitForMessagesAsync(Office.Id, 1);

        Assert.Equal("收到：/ranking", messages.Single().Text);
        var seen = Assert.Single(Engine.Seen);
        Assert.Equal("1002", seen.From.UserId);
        Assert.Empty(Api.MessagesIn(Li.Id));
    }

    [Fact]
    public async Task InAGroupAnAnswerToTheBotsOwnMessageReachesTheEngine()
    {
        Api.SendText(Wang, $"/menu@{GroupBot}", Office);
        var prompt = (await Api.WaitForMessagesAsync(Office.Id, 1)).Single();

        Api.SendText(Wang, "95", Office, replyToMessageId: prompt.MessageId);

        await Api.WaitForMessagesAsync(Office.Id, 2);
        Assert.Equal(["/menu", "95"], Engine.Seen.Select(u => u.Text));
    }

    [Fact]
    public async Task WhenTheEngineFailsThePersonGetsAnApologyAndPollingGoesOn()
    {
        Api.SendText(Wang, "/boom");
        Api.SendText(Smith, "/boom");
        Api.SendText(Wang, "你好");

        var messages = await Api.WaitForMessagesAsync(Wang.Id, 2);
        var english = await Api.WaitForMessagesAsync(Smith.Id, 1);

        Assert.Equal(["抱歉，系统出了点问题，请稍后再试。", "收到：你好"], messages.Select(m => m.Text));
        Assert.StartsWith("Sorry", english.Single().Text);
        Assert.Contains(Bot.Logs.AtLeast(LogLevel.Error), e => e.Exception?.Message == "the engine broke" && e.Message.Contains("chat 1001"));
    }

    [Fact]
    public async Task AnUpdateDeliveredTwiceIsHandledOnce()
    {
        var first = Api.SendText(Wang, "一");
        await Api.WaitForMessagesAsync(Wang.Id, 1);

        Api.DeliverAgain(first);
        Api.SendText(Wang, "二");
        await Api.WaitForMessagesAsync(Wang.Id, 2);
        await Task.Delay(300);

        Assert.Equal(["一", "二"], Engine.Seen.Select(u => u.Text));
        Assert.Equal(["收到：一", "收到：二"], Api.MessagesIn(Wang.Id).Select(m => m.Text));
        Assert.Contains(Bot.Logs.Entries, e => e.Message == $"Telegram: update {first} came again; already handled");
    }

    [Fact]
    public async Task UpdatesOfOtherKindsAreNeverAskedForNorHandled()
    {
        Api.Deliver(new JsonObject
        {
            ["edited_message"] = new JsonObject
            {
                ["message_id"] = 1, ["date"] = 1700000000, ["edit_date"] = 1700000100, ["text"] = "改过的",
                ["from"] = new JsonObject { ["id"] = Wang.Id, ["is_bot"] = false, ["first_name"] = Wang.FirstName },
                ["chat"] = new JsonObject { ["id"] = Wang.Id, ["type"] = "private", ["first_name"] = Wang.FirstName },
            },
        });
        Api.SendText(Wang, "你好");

        await Api.WaitForMessagesAsync(Wang.Id, 1);

        Assert.Equal(["你好"], Engine.Seen.Select(u => u.Text));
    }

    [Fact]
    public async Task PollingErrorsAreWaitedOutWithGrowingPausesAndPollingResumes()
    {
        var failed = 0;
        Api.Faults = r => r.Method == "getUpdates" && Interlocked.Increment(ref failed) <= 4 ? BotApiFault.BadGateway() : null;
        await Api.WaitUntilAsync(() => Volatile.Read(ref failed) > 4, "four failed polls");

        Api.SendText(Wang, "还在吗");
        await Api.WaitForMessagesAsync(Wang.Id, 1);

        var failures = Api.RequestsFor("getUpdates").Where(r => r.Status == 502).ToList();
        var pauses = failures.Zip(failures.Skip(1), (a, b) => b.At - a.At).ToList();
        // FastTuning: 50, 100, 200 ms after the 1st, 2nd, 3rd failure.
        Assert.Equal(3, pauses.Count);
        Assert.All(pauses.Zip([50, 100, 200]), p => Assert.True(p.First >= TimeSpan.FromMilliseconds(p.Second - 10), $"pause {p.First} < {p.Second} ms"));
    }
}
