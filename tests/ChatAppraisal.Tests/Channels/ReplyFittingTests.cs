using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;
using ChatAppraisal.Channels.Outbox;
using Telegram_ = ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.Channels;

/// <summary>Texts cut to a channel's length, in characters (Telegram) or UTF-8 bytes (WeCom).</summary>
public sealed class ChannelTextTests
{
    [Fact]
    public void AShortTextStaysOnePiece() => Assert.Equal(["排名：\n1. 新庄村"], ChannelText.Split("排名：\n1. 新庄村", TelegramChannel.MaxMessageLength));

    [Fact]
    public void ALongTextIsCutAtTheLastLineBreakThatFits()
    {
        var lines = Enumerable.Range(1, 100).Select(i => $"{i:000} " + new string('村', 96)).ToList(); // 100 lines of 100
        var text = string.Join('\n', lines);

        var pieces = ChannelText.Split(text, TelegramChannel.MaxMessageLength);

        Assert.Equal(3, pieces.Count);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, TelegramChannel.MaxMessageLength));
        Assert.StartsWith("041 ", pieces[1]); // 40 lines and their breaks make 4,039 characters; the 41st would not fit
        Assert.Equal(text, string.Join('\n', pieces));
    }

    [Fact]
    public void ALineLongerThanAMessageIsCutWhereItMustButNeverInsideAPairOfSurrogates()
    {
        var text = new string('a', 4095) + "😀" + new string('b', 10);

        var pieces = ChannelText.Split(text, TelegramChannel.MaxMessageLength);

        Assert.Equal(new string('a', 4095), pieces[0]);
        Assert.Equal("😀" + new string('b', 10), pieces[1]);
    }

    [Fact]
    public void ATextOfExactlyTheLimitIsOneMessage() =>
        Assert.Single(ChannelText.Split(new string('分', TelegramChannel.MaxMessageLength), TelegramChannel.MaxMessageLength));

    [Fact]
    public void InUtf8BytesAChineseLineIsCutAtTheLastCharacterThatFitsAndRejoinsWhole()
    {
        var text = new string('村', 1000); // 3,000 bytes

        var pieces = ChannelText.Split(text, 2048, inUtf8Bytes: true);

        Assert.Equal([682, 318], pieces.Select(p => p.Length));
        Assert.All(pieces, p => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(p), 1, 2048));
        Assert.Equal(text, string.Concat(pieces));
    }
}

/// <summary>The engine's replies cut to a channel's limits before they are written into the outbox.</summary>
public sealed class ReplyFittingTests
{
    static readonly IReadOnlyList<IReadOnlyList<Button>> YesNo = [[new Button("是", "yes"), new Button("否", "no")]];
    static readonly ChannelLimits Telegram = new() { MaxTextLength = 4096, MaxCaptionLength = 1024, MaxButtonDataBytes = 64 };

    [Fact]
    public void ALongEditEditsWithTheFirstPartAndSendsTheRestWithTheButtonsAtTheEnd()
    {
        var fitted = ReplyFitting.Fit(new TextReply(Telegram_.ScriptedEngine.LongText, YesNo, EditMessageId: "42"), Telegram).Cast<TextReply>().ToList();

        Assert.Equal(2, fitted.Count);
        Assert.Equal("42", fitted[0].EditMessageId);
        Assert.Null(fitted[0].Buttons);
        Assert.Null(fitted[1].EditMessageId);
        Assert.Equal(YesNo.SelectMany(r => r), fitted[1].Buttons!.SelectMany(r => r));
    }

    [Fact]
    public void ACaptionTooLongForAPhotoFollowsItAsText()
    {
        var caption = new string('注', 1500);

        var fitted = ReplyFitting.Fit(new ImageReply(Telegram_.ScriptedEngine.Png, caption), Telegram).ToList();

        Assert.Equal("", Assert.IsType<ImageReply>(fitted[0]).Caption);
        Assert.Equal(caption, Assert.IsType<TextReply>(fitted[1]).Text);
    }

    [Fact]
    public void AButtonWhoseDataTheChannelWouldRefuseIsLeftOut()
    {
        var reply = new TextReply("选择", [[new Button("好", "ok"), new Button("太长", new string('x', 65))]]);

        var fitted = Assert.IsType<TextReply>(Assert.Single(ReplyFitting.Fit(reply, Telegram)));

        Assert.Equal(["好"], fitted.Buttons!.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public void AChannelWithoutCaptionsGetsTheCaptionAsATextAfterTheFile()
    {
        var fitted = ReplyFitting.Fit(new DocumentReply([1, 2, 3], "考核结果.xlsx", "导出"), Telegram with { MaxCaptionLength = 0 }).ToList();

        Assert.Null(Assert.IsType<DocumentReply>(fitted[0]).Caption);
        Assert.Equal("导出", Assert.IsType<TextReply>(fitted[1]).Text);
    }
}
