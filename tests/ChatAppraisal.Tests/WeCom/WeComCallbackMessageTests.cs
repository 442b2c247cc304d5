using ChatAppraisal.Bot.Channels.WeCom;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>Decrypted callbacks are read safely, and each has a key that tells it from every other.</summary>
public sealed class WeComCallbackMessageTests
{
    const string Text = "<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName><FromUserName><![CDATA[ZhangSan]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[ 新庄村 ]]></Content><MsgId>1234567890123456</MsgId><AgentID>1000002</AgentID></xml>";
    const string Image = "<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[LiSi]]></FromUserName><CreateTime>1700000001</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[https://example/p.jpg]]></PicUrl><MediaId><![CDATA[media_abc]]></MediaId><MsgId>22</MsgId><AgentID>1</AgentID></xml>";
    const string Card = "<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[ZhangSan]]></FromUserName><CreateTime>1700000002</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[7:v:3]]></EventKey><TaskId><![CDATA[ca-1-abc]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[rc_42]]></ResponseCode><AgentID>1</AgentID></xml>";

    static string Event(string name, string? key = null, long time = 1700000003, string user = "ZhangSan") =>
        $"<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName><CreateTime>{time}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>"
        + (key is null ? "" : $"<EventKey><![CDATA[{key}]]></EventKey>") + "<AgentID>1</AgentID></xml>";

    [Fact]
    public void ATextKeepsItsContentAndIsKeyedByItsMsgId()
    {
        var text = WeComCallbackMessage.Parse(Text);

        Assert.Equal(("ZhangSan", "text", " 新庄村 ", "msg:1234567890123456", 1234567890123456L),
            (text.FromUserName, text.MsgType, text.Content, text.DedupeKey, text.UpdateId));
    }

    [Fact]
    public void AnImageCarriesItsMediaId() => Assert.Equal("media_abc", WeComCallbackMessage.Parse(Image).MediaId);

    [Fact]
    public void ACardPressCarriesKeyTaskAndResponseCode()
    {
        var press = WeComCallbackMessage.Parse(Card);

        Assert.Equal(("template_card_event", "7:v:3", "ca-1-abc", "rc_42"), (press.Event, press.EventKey, press.TaskId, press.ResponseCode));
    }

    [Fact]
    public void TwoDifferentEventsInTheSameSecondHaveDifferentKeys()
    {
        var score = WeComCallbackMessage.Parse(Event("click", "score"));
        var ranking = WeComCallbackMessage.Parse(Event("click", "ranking"));

        Assert.NotEqual(score.DedupeKey, ranking.DedupeKey);
        Assert.NotEqual(score.UpdateId, ranking.UpdateId);
    }

    [Fact]
    public void TheSameEventDeliveredAgainHasTheSameKey()
    {
        var first = WeComCallbackMessage.Parse(Event("enter_agent"));
        var again = WeComCallbackMessage.Parse(Event("enter_agent"));

        Assert.Equal((first.DedupeKey, first.UpdateId), (again.DedupeKey, again.UpdateId));
        Assert.True(first.UpdateId >= 0);
    }

    [Fact]
    public void TheSameEventFromAnotherPersonOrSecondIsAnotherEvent()
    {
        var key = WeComCallbackMessage.Parse(Event("enter_agent")).DedupeKey;

        Assert.NotEqual(key, WeComCallbackMessage.Parse(Event("enter_agent", user: "LiSi")).DedupeKey);
        Assert.NotEqual(key, WeComCallbackMessage.Parse(Event("enter_agent", time: 1700000004)).DedupeKey);
    }

    [Fact]
    public void TwoCardPressesDifferingOnlyInTheirTaskAreTwoEvents()
    {
        var first = WeComCallbackMessage.Parse(Card);
        var second = WeComCallbackMessage.Parse(Card.Replace("ca-1-abc", "ca-2-def"));

        Assert.NotEqual(first.DedupeKey, second.DedupeKey);
    }

    [Fact]
    public void ADocumentTypeDeclarationIsRefused()
    {
        const string billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><FromUserName>&b;</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>";

        Assert.Throws<WeComCallbackException>(() => WeComCallbackMessage.Parse(billionLaughs));
    }

    [Fact]
    public void AnExternalEntityIsNeverFetched()
    {
        const string external = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><FromUserName>&x;</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>";

        Assert.Throws<WeComCallbackException>(() => WeComCallbackMessage.Parse(external));
    }

    [Fact]
    public void XmlLongerThanTheLimitIsRefused()
    {
        var huge = Text.Replace(" 新庄村 ", new string('长', WeComXml.MaxCharacters));

        Assert.Throws<WeComCallbackException>(() => WeComCallbackMessage.Parse(huge));
    }

    [Theory]
    [InlineData("<xml><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")]
    [InlineData("<xml><FromUserName>a</FromUserName><CreateTime>soon</CreateTime><MsgType>text</MsgType></xml>")]
    [InlineData("<xml><FromUserName>a</FromUserName>")]
    public void XmlThatIsNotACallbackIsRefused(string xml) =>
        Assert.Throws<WeComCallbackException>(() => WeComCallbackMessage.Parse(xml));

    [Fact]
    public void WrittenAsXmlACallbackReadsBackTheSame()
    {
        var press = WeComCallbackMessage.Parse(Card);

        Assert.Equal(press, WeComCallbackMessage.Parse(press.ToXml()));
    }
}
