using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>Callbacks become the engine's updates: texts (buttons numbered), card presses, menu clicks, images, opening the app.</summary>
public sealed class WeComIncomingTests : IDisposable
{
    const string User = "ZhangSan";
    readonly TempDatabase _db = new();
    readonly WeComButtonMemory _buttons;
    readonly WeComIncoming _incoming;

    public WeComIncomingTests()
    {
        _buttons = new WeComButtonMemory(_db.Store, _db.Clock);
        _incoming = new WeComIncoming(_buttons, _db.Members);
    }

    public void Dispose() => _db.Dispose();

    static WeComCallbackMessage Text(string content, string msgId = "101") =>
        new() { ToUserName = "ww1", FromUserName = User, CreateTime = 1700000000, MsgType = "text", Content = content, MsgId = msgId };

    static WeComCallbackMessage Event(string name, string? key = null) =>
        new() { ToUserName = "ww1", FromUserName = User, CreateTime = 1700000000, MsgType = "event", Event = name, EventKey = key };

    static readonly Button[] Villages = [new("新庄村", "7:v:1"), new("大王村", "7:v:2"), new("李家村", "7:v:3")];

    [Fact]
    public void ATextIsTextFromTheWeComUser()
    {
        var update = _incoming.ToUpdate(Text("/score"))!;

        Assert.Equal((new ChatUser("wecom", User), 101L, "/score", (string?)null), (update.From, update.UpdateId, update.Text, update.ButtonData));
    }

    [Fact]
    public void ATypedNumberOrLabelStaysTextForTheEngineWhichKnowsTheButtonsShown()
    {
        _buttons.Remember(User, Villages, numbersAreAnswers: false);

        var update = _incoming.ToUpdate(Text("2"))!;

        Assert.Equal(("2", (string?)null, true), (update.Text, update.ButtonData, update.ButtonsNumbered));
    }

    [Fact]
    public void ACardPressIsTheButtonsKeyWithItsResponseCodeToEdit()
    {
        var press = Event("template_card_event", "7:v:2") with { TaskId = "ca-1", ResponseCode = "rc-9" };

        var update = _incoming.ToUpdate(press)!;

        Assert.Equal(("7:v:2", "rc-9", press.UpdateId), (update.ButtonData, update.ButtonMessageId, update.UpdateId));
    }

    [Fact]
    public void APressOfAShownCardCarriesTheLabelPressedForTheCardsUpdate()
    {
        _buttons.Remember(User, [new Button("新庄村 0/117", "7:v:1"), new Button("东湾村 0/117", "7:v:2")], numbersAreAnswers: false);
        var press = Event("template_card_event", "7:v:2") with { TaskId = "ca-2", ResponseCode = "rc-10" };

        var update = _incoming.ToUpdate(press)!;

        Assert.Equal(("rc-10", "东湾村 0/117"), WeComCardPress.Unpack(update.ButtonMessageId!));
        Assert.Equal("7:v:2", update.ButtonData);
    }

    [Theory]
    [InlineData("score", "/score")]
    [InlineData("ranking", "/ranking")]
    [InlineData("/progress", "/progress")]
    public void AMenuClickRunsTheCommandItsKeyNames(string key, string command) =>
        Assert.Equal(command, _incoming.ToUpdate(Event("click", key))!.Text);

    [Fact]
    public void AnImageIsUnsupportedContent() =>
        Assert.True(_incoming.ToUpdate(new WeComCallbackMessage
        {
            ToUserName = "ww1", FromUserName = User, CreateTime = 1, MsgType = "image", MediaId = "m1", MsgId = "5",
        })!.Unsupported);

    [Fact]
    public void OpeningTheAppIsAStartForAStrangerAndNothingForAMember()
    {
        Assert.Equal("/start", _incoming.ToUpdate(Event("enter_agent"))!.Text);

        var member = _db.Members.Add("张三", [Role.Examiner]);
        _db.Members.Redeem(_db.Members.CreateInvite(member.Id).Code, "wecom", User);

        Assert.Null(_incoming.ToUpdate(Event("enter_agent")));
    }

    [Fact]
    public void OtherEventsAreNotAnswered() => Assert.Null(_incoming.ToUpdate(Event("view", "https://example.org")));
}
