using System.Text;
using ChatAppraisal.Bot.Channels.WeCom;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>
/// The callback crypto against Tencent's official sample vectors: the weworkapi callback SDK's Sample files
/// (e.g. sbzhu/weworkapi_php callback/Sample.php and the C# Sample.cs: Token QDG6eK, CorpID wx5823bf96d3bd56c7).
/// </summary>
public sealed class WeComCryptoTests
{
    // The official sample's settings.
    internal const string SampleToken = "QDG6eK";
    internal const string SampleCorpId = "wx5823bf96d3bd56c7";
    internal const string SampleAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    // 使用示例一：验证回调URL (GET, already URL-decoded).
    const string UrlSignature = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
    const string UrlTimestamp = "1409659589";
    const string UrlNonce = "263014780";
    const string UrlEchoStr = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

    // 使用示例二：对用户回复的消息解密 (POST).
    internal const string MessageSignature = "477715d11cdb4164915debcba66cb864d751f3e6";
    internal const string MessageTimestamp = "1409659813";
    internal const string MessageNonce = "1372623149";
    internal const string MessageBody = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>";

    static WeComCrypto Sample() => new(SampleToken, SampleAesKey, SampleCorpId);

    [Fact]
    public void TheOfficialUrlCheckVerifiesAndDecryptsToItsEchoString()
    {
        var echo = Sample().VerifyUrl(UrlSignature, UrlTimestamp, UrlNonce, UrlEchoStr);

        Assert.Equal("1616140317555161061", echo);
    }

    [Fact]
    public void TheOfficialMessageVerifiesAndDecryptsToTheSamplesTextMessage()
    {
        var xml = Sample().DecryptMessage(MessageSignature, MessageTimestamp, MessageNonce, MessageBody);
        var message = WeComCallbackMessage.Parse(xml);

        Assert.Equal(("mycreate", "text", "hello", "4561255354251345929", 1409659813L, "218"),
            (message.FromUserName, message.MsgType, message.Content, message.MsgId, message.CreateTime, message.AgentId));
    }

    [Fact]
    public void TheSignatureIsTheSha1OfTheFourSortedStrings() =>
        Assert.Equal(UrlSignature, WeComCrypto.Signature(SampleToken, UrlTimestamp, UrlNonce, UrlEchoStr));

    [Fact]
    public void EncryptingWithTheSdkTestsRandomBytesGivesTheSdkTestsCiphertext()
    {
        // Tencent's Java SDK test (WXBizMsgCryptTest: key abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG, receive id
        // wxb11529c136998cb6, random "aaaabbbbccccdddd"): the same scheme, a fixed ciphertext.
        var crypto = new WeComCrypto("pamtest", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wxb11529c136998cb6");

        var encrypted = crypto.Encrypt("我是中文abcd123", Encoding.ASCII.GetBytes("aaaabbbbccccdddd"));

        Assert.Equal("jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==", encrypted);
        Assert.Equal("我是中文abcd123", crypto.Decrypt(encrypted));
    }

    [Fact]
    public void APassiveReplyIsSignedSoThatWeComCanVerifyIt()
    {
        var crypto = Sample();
        const string reply = "<xml><ToUserName><![CDATA[mycreate]]></ToUserName><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[测试一下中文，长度按字节算]]></Content></xml>";

        var envelope = crypto.EncryptReply(reply, "1409659813", "1372623149");

        Assert.Equal(reply, crypto.DecryptMessage(WeComXml.Load(envelope).Element("MsgSignature")!.Value, "1409659813", "1372623149", envelope));
    }

    [Fact]
    public void AForgedSignatureIsRefused()
    {
        var forged = "0" + MessageSignature[1..];

        Assert.Throws<WeComCallbackException>(() => Sample().DecryptMessage(forged, MessageTimestamp, MessageNonce, MessageBody));
    }

    [Fact]
    public void AChangedTimestampBreaksTheSignature() =>
        Assert.Throws<WeComCallbackException>(() => Sample().DecryptMessage(MessageSignature, "1409659814", MessageNonce, MessageBody));

    [Fact]
    public void AMessageForAnotherCorpIsRefusedByItsReceiveId()
    {
        var other = new WeComCrypto(SampleToken, SampleAesKey, "ww0000000000000000");

        var refused = Assert.Throws<WeComCallbackException>(() => other.DecryptMessage(MessageSignature, MessageTimestamp, MessageNonce, MessageBody));
        Assert.Contains("receive id", refused.Message);
    }

    [Fact]
    public void ASignedBodyUnderAnotherKeyIsUndecryptable()
    {
        var otherKey = new WeComCrypto(SampleToken, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", SampleCorpId);

        Assert.Throws<WeComCallbackException>(() => otherKey.DecryptMessage(MessageSignature, MessageTimestamp, MessageNonce, MessageBody));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void CiphertextThatIsNotAesBlocksIsRefused(string encrypted) =>
        Assert.Throws<WeComCallbackException>(() => Sample().Decrypt(encrypted));

    [Fact]
    public void ARoundTripKeepsChineseAndLongMessages()
    {
        var crypto = Sample();
        var text = string.Concat(Enumerable.Repeat("新庄村 满分 ", 300));

        Assert.Equal(text, crypto.Decrypt(crypto.Encrypt(text)));
    }
}
