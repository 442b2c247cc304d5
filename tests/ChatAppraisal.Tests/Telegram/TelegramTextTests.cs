using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Tests.Telegram;

public sealed class TelegramTextTests
{
    [Fact]
    public void AShortTextStaysOnePiece() => Assert.Equal(["排名：\n1. 新庄村"], TelegramText.Split("排名：\n1. 新庄村"));

    [Fact]
    public void ALongTextIsCutAtTheLastLineBreakThatFits()
    {
        var lines = Enumerable.Range(1, 100).Select(i => $"{i:000} " + new string('村', 96)).ToList(); // 100 lines of 100
        var text = string.Join('\n', lines);

        var pieces = TelegramText.Split(text);

        Assert.Equal(3, pieces.Count);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, TelegramText.MaxMessageLength));
        Assert.StartsWith("041 ", pieces[1]); // 40 lines and their breaks make 4,039 characters; the 41st would not fit
        Assert.Equal(text, string.Join('\n', pieces));
    }

    [Fact]
    public void ALineLongerThanAMessageIsCutWhereItMustButNeverInsideAPairOfSurrogates()
    {
        var text = new string('a', 4095) + "😀" + new string('b', 10);

        var pieces = TelegramText.Split(text);

        Assert.Equal(new string('a', 4095), pieces[0]);
        Assert.Equal("😀" + new string('b', 10), pieces[1]);
    }

    [Fact]
    public void ATextOfExactlyTheLimitIsOneMessage() =>
        Assert.Single(TelegramText.Split(new string('分', TelegramText.MaxMessageLength)));
}

public sealed class TelegramRepliesTests
{
    static readonly IReadOnlyList<IReadOnlyList<Button>> YesNo = [[new Button("是", "yes"), new Button("否", "no")]];

    [Fact]
    public void ButtonsBecomeAnInlineKeyboardWithTheirRows()
    {
        var reply = new TextReply("确认？", [[new Button("是", "yes"), new Button("否", "no")], [new Button("取消", "cancel")]]);

        var send = Assert.IsType<SendText>(Assert.Single(TelegramReplies.ToOutgoing(reply)));

        var rows = send.Keyboard!.InlineKeyboard.Select(r => r.Select(b => (b.Text, b.CallbackData)).ToList()).ToList();
        Assert.Equal([[("是", "yes"), ("否", "no")], [("取消", "cancel")]], rows);
    }

    [Fact]
    public void AReplyNamingAMessageToEditBecomesAnEdit()
    {
        var edit = Assert.IsType<EditText>(Assert.Single(TelegramReplies.ToOutgoing(new TextReply("已选", YesNo, EditMessageId: "42"))));

        Assert.Equal(42, edit.MessageId);
        Assert.NotNull(edit.Keyboard);
    }

    [Fact]
    public void ALongEditEditsTheFirstPartAndSendsTheRestWithTheButtonsAtTheEnd()
    {
        var outgoing = TelegramReplies.ToOutgoing(new TextReply(ScriptedEngine.LongText, YesNo, EditMessageId: "42")).ToList();

        Assert.Collection(outgoing,
            first => Assert.Null(Assert.IsType<EditText>(first).Keyboard),
            last => Assert.NotNull(Assert.IsType<SendText>(last).Keyboard));
    }

    [Fact]
    public void ACaptionTooLongForAPhotoFollowsItAsText()
    {
        var caption = new string('注', 1500);

        var outgoing = TelegramReplies.ToOutgoing(new ImageReply(ScriptedEngine.Png, caption)).ToList();

        Assert.Null(Assert.IsType<SendPhoto>(outgoing[0]).Caption);
        Assert.Equal(caption, Assert.IsType<SendText>(outgoing[1]).Text);
    }

    [Fact]
    public void AButtonWhoseDataTelegramWouldRefuseIsLeftOutAndReported()
    {
        var tooLong = new Button("太长", new string('x', 65));
        var reply = new TextReply("选择", [[new Button("好", "ok"), tooLong]]);

        var send = Assert.IsType<SendText>(Assert.Single(TelegramReplies.ToOutgoing(reply)));

        Assert.Equal(["好"], send.Keyboard!.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
        Assert.Equal([tooLong], TelegramReplies.InvalidButtons(reply));
    }

    [Fact]
    public void AnEmptyTextWithoutButtonsSendsNothing() => Assert.Empty(TelegramReplies.ToOutgoing(new TextReply(" ")));
}
