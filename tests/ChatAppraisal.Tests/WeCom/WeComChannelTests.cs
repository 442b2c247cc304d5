using System.Text;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Channels;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>WeComChannel.SendAsync against the double: what a member sees for each kind of reply.</summary>
public sealed class WeComChannelTests : IAsyncLifetime
{
    const string User = "ZhangSan";
    static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static readonly string[] Villages = ["新庄村", "大王村", "李家村", "石桥村", "东湾村", "西岭村", "南坪村", "北塘村"];

    WeComClients _w = null!;
    WeComApiDouble Api => _w.Api;
    WeComChannel Channel => _w.Channel;

    public async Task InitializeAsync() => _w = await WeComClients.StartAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    static IReadOnlyList<IReadOnlyList<Button>> Rows(int count) =>
        Villages.Take(count).Select((v, i) => (IReadOnlyList<Button>)[new Button(v, $"7:v:{i + 1}")]).ToList();

    Task Send(Reply reply) => Channel.SendAsync(User, reply, CancellationToken.None);

    [Fact]
    public void ItsLimitsAreWeComs()
    {
        var limits = Channel.Limits;

        Assert.Equal((2048, true, 6, 1024, true), (limits.MaxTextLength, limits.LengthInUtf8Bytes, limits.MaxButtons, limits.MaxButtonDataBytes, limits.MergeTexts));
        Assert.Equal(0, limits.MaxCaptionLength); // a caption is a message of its own: the outbox counts it
        Assert.Equal([new RateWindow(30, TimeSpan.FromMinutes(1)), new RateWindow(1000, TimeSpan.FromHours(1))], limits.PerChat);
        Assert.Equal("wecom", Channel.Name);
        Assert.Null(Channel.InviteLink("ABC123"));
    }

    [Fact]
    public async Task AFewButtonsBecomeOneButtonCard()
    {
        await Send(new TextReply("请选择村：\n共 3 个村", Rows(3)));

        var card = Assert.Single(Api.MessagesTo(User));
        Assert.Equal(("template_card", "请选择村：", "共 3 个村"), (card.Type, card.Title, card.Text));
        Assert.Equal([("新庄村", "7:v:1"), ("大王村", "7:v:2"), ("李家村", "7:v:3")], card.Buttons);
        Assert.True(WeComApiClient.IsTaskId(card.TaskId!));
    }

    [Fact]
    public async Task EveryCardHasItsOwnTask()
    {
        await Send(new TextReply("一？", Rows(2)));
        await Send(new TextReply("二？", Rows(2)));

        var cards = Api.MessagesTo(User);
        Assert.Equal(2, cards.Count);
        Assert.NotEqual(cards[0].TaskId, cards[1].TaskId);
    }

    [Fact]
    public async Task MoreButtonsThanACardHoldsBecomeNumberedLines()
    {
        await Send(new TextReply("请选择村：", Rows(8)));

        var text = Assert.Single(Api.MessagesTo(User));
        Assert.Equal("text", text.Type);
        Assert.Equal("请选择村：\n1. 新庄村\n2. 大王村\n3. 李家村\n4. 石桥村\n5. 东湾村\n6. 西岭村\n7. 南坪村\n8. 北塘村", text.Text);
        Assert.Equal(("南坪村", "北塘村"), (_w.Buttons.Label(User, "7:v:7"), _w.Buttons.Label(User, "7:v:8")));
    }

    [Fact]
    public async Task ALongTextIsSentInPiecesOfAtMost2048BytesCutBetweenLines()
    {
        var lines = Enumerable.Range(1, 40).Select(i => $"{i:00} " + new string('分', 40)).ToList();

        await Send(new TextReply(string.Join('\n', lines)));

        var pieces = Api.MessagesTo(User);
        Assert.True(pieces.Count >= 2);
        Assert.All(pieces, p => Assert.True(Encoding.UTF8.GetByteCount(p.Text!) <= 2048));
        Assert.Equal(lines, pieces.SelectMany(p => p.Text!.Split('\n')).ToList());
    }

    [Fact]
    public async Task APromptTooLongForACardIsOneTextWithItsChoicesNumbered()
    {
        var prompt = string.Join('\n', Enumerable.Range(1, 10).Select(i => $"第{i}项 " + new string('分', 30))) + "\n请选择：";

        await Send(new TextReply(prompt, Rows(2)));

        var text = Assert.Single(Api.MessagesTo(User));
        Assert.Equal(("text", prompt + "\n1. 新庄村\n2. 大王村"), (text.Type, text.Text));
        Assert.Equal("大王村", _w.Buttons.Label(User, "7:v:2"));
        Assert.Equal(1, WeComChannel.MessageCount(new TextReply(prompt, Rows(2))));
    }

    [Fact]
    public async Task APressAnsweredByTheNextPromptUpdatesThePressedCardAndSendsThePromptOnce()
    {
        await Send(new TextReply("请选择村：", Rows(2)));
        var card = Assert.Single(Api.MessagesTo(User));
        var edit = new TextReply("请选择类别：\n共 2 类", Rows(2), WeComCardPress.Pack(Api.PressCode(card), "大王村"));
        Api.Faults = r => r.Call == "message/send" && Api.RequestsFor("message/send").Count(x => x.Fault is not null) == 0 ? WeComFault.CallLimit() : null;

        var first = await Assert.ThrowsAsync<WeComApiException>(() => Send(edit));
        Assert.IsType<SendFailure.Flood>(Channel.Classify(first));
        await Send(edit); // the outbox tries it again after the wait

        Assert.Equal("大王村", card.ReplacedWith);
        Assert.Single(Api.RequestsFor("message/update_template_card")); // the code works once: not used again
        var messages = Api.MessagesTo(User);
        Assert.Equal(2, messages.Count);
        Assert.Equal(("template_card", "请选择类别：", "共 2 类"), (messages[1].Type, messages[1].Title, messages[1].Text));
        Assert.Equal(1, WeComChannel.MessageCount(edit));
    }

    [Fact]
    public async Task ACardWhoseCodeNoLongerWorksStillGetsItsAnswer()
    {
        await Send(new TextReply("请选择村：", Rows(2)));

        await Send(new TextReply("✓ 已保存。", null, WeComCardPress.Pack("expired-code", "新庄村")));

        Assert.Equal(40058, Assert.Single(Api.RequestsFor("message/update_template_card")).ErrorCode);
        Assert.Equal("✓ 已保存。", Api.MessagesTo(User)[^1].Text);
    }

    [Fact]
    public async Task AnEditShowsTheChosenLabelOnThePressedCard()
    {
        await Send(new TextReply("请选择村：", Rows(2)));
        var card = Assert.Single(Api.MessagesTo(User));
        var press = Api.PressCode(card);

        await Send(new TextReply("请选择村：\n→ 大王村", null, press));

        Assert.Equal("大王村", card.ReplacedWith);
        Assert.Single(Api.MessagesTo(User));
        Assert.Equal(0, WeComChannel.MessageCount(new TextReply("请选择村：\n→ 大王村", null, press)));
    }

    [Fact]
    public async Task AnImageIsUploadedSentAndCaptioned()
    {
        await Send(new ImageReply(Png, "2017年度 排名"));

        var upload = Assert.Single(Api.RequestsFor("media/upload"));
        Assert.Equal("image", upload.Query["type"]);
        var messages = Api.MessagesTo(User);
        Assert.Equal(["image", "text"], messages.Select(m => m.Type).ToArray());
        Assert.Equal(Png, messages[0].Media!.Content);
        Assert.Equal("2017年度 排名", messages[1].Text);
    }

    [Fact]
    public async Task AWorkbookIsUploadedAsAFileWithItsName()
    {
        var workbook = "PK\u0003\u0004 the workbook"u8.ToArray();

        await Send(new DocumentReply(workbook, "2017年度考核结果.xlsx"));

        var upload = Assert.Single(Api.RequestsFor("media/upload"));
        Assert.Equal(("file", "2017年度考核结果.xlsx"), (upload.Query["type"], upload.Parts["media"].FileName));
        var file = Assert.Single(Api.MessagesTo(User));
        Assert.Equal(("file", "2017年度考核结果.xlsx"), (file.Type, file.Media!.FileName));
    }

    [Fact]
    public void TheOutboxIsToldHowManyMessagesAReplyBecomesAndTheChannelKeepsNoCountOfItsOwn()
    {
        // The outbox alone owns WeCom's per-member limit (30 a minute, dropped silently beyond): it paces and counts a
        // reply as the messages it becomes (IChatChannel.MessagesFor), so the channel needs no second count.
        var prompt = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"第{i}项 " + new string('分', 30))) + "\n请选择：";
        var numbered = new TextReply(prompt, Rows(8));

        Assert.True(Channel.MessagesFor(numbered) > 1);
        Assert.Equal(WeComChannel.MessageCount(numbered), Channel.MessagesFor(numbered));
        Assert.Equal(1, Channel.MessagesFor(new TextReply("一条")));
        Assert.Contains(Channel.Limits.PerChat, w => w.Count == 30 && w.Period == TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task TheDoubleDropsWhatWeComWouldDropSilently()
    {
        for (var i = 1; i <= 31; i++) await _w.Client.SendTextAsync(User, $"第{i}条", CancellationToken.None);

        Assert.Equal(30, Api.MessagesTo(User).Count);
        Assert.Equal("第31条", Assert.Single(Api.Dropped).Text);
    }

    [Fact]
    public async Task AnUntrustedIpOrABadSecretIsGivenUpAndExplainedOnceEach()
    {
        var logs = new Telegram.LogSink();
        await using var w = await WeComClients.StartAsync(new Microsoft.Extensions.Logging.LoggerFactory([logs]));

        foreach (var code in new[] { 60020, 60020, 40001, 40001, 60020 })
            Assert.Same(SendFailure.GiveUp, w.Channel.Classify(new WeComApiException(code, "refused", "message/send")));

        var explained = logs.AtLeast(Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Message).ToList();
        Assert.Equal(2, explained.Count);
        Assert.Contains(explained, m => m.Contains("企业可信IP"));
        Assert.Contains(explained, m => m.Contains("WeCom:Secret"));
    }
}
