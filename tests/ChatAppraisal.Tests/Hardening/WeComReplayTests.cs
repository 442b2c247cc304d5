using System.Globalization;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.WeCom.EndToEnd;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 7: a recorded WeCom callback could be replayed once its id was forgotten (14 days).</summary>
public sealed class WeComReplayTests : WeComEndToEndTest
{
    [Fact]
    public async Task ACallbackStampedMoreThanFiveMinutesAwayIsRefusedAndLoggedOnce()
    {
        await JoinAsync(Zheng, Role.Examiner);
        var before = Inbox(Zheng).Count;
        var plain = (Api.Callback(Zheng, "text") with { Content = "/lang zh", MsgId = "7300000000000000777" }).ToXml();
        var encrypted = new WeComCrypto(Api.Token, Api.EncodingAesKey, Api.CorpId).Encrypt(plain);
        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var query = $"msg_signature={WeComCrypto.Signature(Api.Token, stale, "42", encrypted)}&timestamp={stale}&nonce=42";
        var body = $"<xml><ToUserName><![CDATA[{Api.CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID><![CDATA[{Api.AgentId}]]></AgentID></xml>";

        var replayed = await Api.PostRawAsync(query, body);

        Assert.Equal(403, replayed.Status);
        var warnings = Bot.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("timestamp")).ToList();
        Assert.Single(warnings);
        Assert.Contains(stale, warnings[0].Message);
        // A fresh callback is handled as ever, and the stale one was not: only the fresh one is answered.
        Assert.True((await Api.SendTextAsync(Zheng, "/lang zh")).Acknowledged);
        await Api.WaitForMessagesAsync(Zheng, before + 1);
        await Task.Delay(500);
        Assert.Equal(before + 1, Inbox(Zheng).Count);
    }
}
