using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using System.Text;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>/wecom/callback as WeCom calls it: the URL check, messages and events, and everything refused that cannot be trusted.</summary>
public sealed class WeComCallbackTests : IAsyncLifetime
{
    WeComApiDouble _api = null!;
    WeComBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await WeComApiDouble.StartAsync();
        _bot = await WeComBotHost.StartAsync(_api);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task TheUrlCheckIsAnsweredWithTheBarePlainText()
    {
        var (result, echo) = await _api.VerifyUrlAsync();

        Assert.Equal(200, result.Status);
        Assert.Equal(echo, result.Body);
        // No BOM, no quotes, no newline: the very bytes of the echo string.
        using var client = new HttpClient();
        var bytes = await client.GetByteArrayAsync($"{_api.CallbackUrl}?{result.Query}");
        Assert.Equal(Encoding.ASCII.GetBytes(echo), bytes);
    }

    [Fact]
    public async Task AUrlCheckWithAForgedSignatureIsRefused()
    {
        var (result, _) = await _api.VerifyUrlAsync();
        using var client = new HttpClient();
        var forged = result.Query.Replace("msg_signature=", "msg_signature=0");

        using var response = await client.GetAsync($"{_api.CallbackUrl}?{forged}");

        Assert.Equal(403, (int)response.StatusCode);
    }

    [Fact]
    public async Task AMembersTextReachesTheEngineAndIsAcknowledgedWithAnEmptyBody()
    {
        var result = await _api.SendTextAsync("ZhangSan", "你好");

        Assert.Equal((200, ""), (result.Status, result.Body));
        var (update, replies) = Assert.Single(_bot.Engine.Handled);
        Assert.Equal(("wecom", "ZhangSan", "你好"), (update.From.Channel, update.From.UserId, update.Text));
        Assert.Contains("/start", Assert.IsType<TextReply>(Assert.Single(replies)).Text);
    }

    [Fact]
    public async Task ACallbackDeliveredAgainIsHandledOnce()
    {
        var first = await _api.SendTextAsync("ZhangSan", "你好");

        var again = await _api.DeliverAgainAsync(first);

        Assert.True(again.Acknowledged);
        var handled = _bot.Engine.Handled.ToList();
        Assert.Equal(2, handled.Count);
        Assert.Equal(handled[0].Update.UpdateId, handled[1].Update.UpdateId);
        Assert.NotEmpty(handled[0].Replies);
        Assert.Empty(handled[1].Replies); // the engine knew it: nothing answered twice
    }

    [Fact]
    public async Task TwoMenuClicksInOneSecondAreBothHandled()
    {
        await _api.ClickMenuAsync("ZhangSan", "score");
        await _api.ClickMenuAsync("ZhangSan", "ranking");

        Assert.Equal(["/score", "/ranking"], _bot.Engine.Handled.Select(h => h.Update.Text!).ToArray());
        Assert.All(_bot.Engine.Handled, h => Assert.NotEmpty(h.Replies));
    }

    [Fact]
    public async Task AForgedSignatureIsRefusedAndChangesNothing()
    {
        var result = await _api.PostAsync(_api.Callback("ZhangSan", "text") with { Content = "/start X", MsgId = "1" },
            sealed_ => (sealed_.Query.Replace("msg_signature=", "msg_signature=f"), sealed_.Body));

        Assert.Equal(403, result.Status);
        Assert.Empty(_bot.Engine.Handled);
    }

    [Fact]
    public async Task AMessageSealedForAnotherCorpIsRefusedByItsReceiveId()
    {
        var otherCorp = new WeComCrypto(_api.Token, _api.EncodingAesKey, "ww9999999999999999");
        var (query, body) = _api.Seal((_api.Callback("ZhangSan", "text") with { Content = "你好", MsgId = "2" }).ToXml(), otherCorp);

        var result = await _api.PostRawAsync(query, body);

        Assert.Equal(403, result.Status);
        Assert.Empty(_bot.Engine.Handled);
    }

    [Fact]
    public async Task ASignedButUndecryptableBodyIsRefused()
    {
        var timestamp = _api.Clock.GetUtcNow().ToUnixTimeSeconds().ToString();
        var encrypted = Convert.ToBase64String(new byte[64]);
        var query = $"msg_signature={WeComCrypto.Signature(_api.Token, timestamp, "1", encrypted)}&timestamp={timestamp}&nonce=1";

        var result = await _api.PostRawAsync(query, $"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>");

        Assert.Equal(403, result.Status);
        Assert.Empty(_bot.Engine.Handled);
    }

    [Fact]
    public async Task ADocumentTypeInsideTheEncryptedMessageIsRefused()
    {
        const string dtd = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e \"x\">]><xml><FromUserName>&e;</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>hi</Content><MsgId>3</MsgId></xml>";
        var (query, body) = _api.Seal(dtd);

        var result = await _api.PostRawAsync(query, body);

        Assert.Equal(403, result.Status);
        Assert.Empty(_bot.Engine.Handled);
    }

    [Fact]
    public async Task ABodyAboveTheSizeLimitIsRefusedUnread()
    {
        var (query, _) = _api.Seal("<xml/>");

        var result = await _api.PostRawAsync(query, "<xml>" + new string('x', WeComCallback.MaxBodyBytes) + "</xml>");

        Assert.Equal(413, result.Status);
        Assert.Empty(_bot.Engine.Handled);
    }

    [Fact]
    public async Task AStrangerOpeningTheAppIsToldHowToJoin()
    {
        var result = await _api.EnterAgentAsync("NewPerson");

        Assert.True(result.Acknowledged);
        var (update, replies) = Assert.Single(_bot.Engine.Handled);
        Assert.Equal("/start", update.Text);
        Assert.Contains("/start 邀请码", Assert.IsType<TextReply>(Assert.Single(replies)).Text);
    }

    [Fact]
    public async Task AMemberOpeningTheAppIsNotAnsweredAtAll()
    {
        var member = _bot.Database.Members.Add("张三", [Role.Examiner]);
        var invite = _bot.Database.Members.CreateInvite(member.Id);
        await _api.SendTextAsync("ZhangSan", "/start " + invite.Code);

        var result = await _api.EnterAgentAsync("ZhangSan");

        Assert.True(result.Acknowledged);
        Assert.Single(_bot.Engine.Handled); // only the /start
    }
}
