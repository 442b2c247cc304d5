using System.Text;
using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Channels;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>The API client against the WeCom double: the token's life, retries, errors and the wire shapes.</summary>
public sealed class WeComApiClientTests : IAsyncLifetime
{
    WeComClients _w = null!;
    WeComApiDouble Api => _w.Api;
    WeComApiClient Client => _w.Client;
    static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync() => _w = await WeComClients.StartAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task TheTokenIsFetchedOnceAndReusedForLaterCalls()
    {
        await Client.SendTextAsync("ZhangSan", "一", None);
        await Client.SendTextAsync("ZhangSan", "二", None);

        Assert.Single(Api.RequestsFor("gettoken"));
        Assert.Equal(["一", "二"], Api.MessagesTo("ZhangSan").Select(m => m.Text!).ToArray());
    }

    [Fact]
    public async Task ManyCallersAtOnceShareOneRefresh()
    {
        Api.Faults = r => r.Call == "gettoken" ? WeComFault.Slow(TimeSpan.FromMilliseconds(300)) : null;

        await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Client.SendTextAsync("User" + i, "消息", None)));

        Assert.Single(Api.RequestsFor("gettoken"));
    }

    [Fact]
    public async Task ATokenIsRenewedShortlyBeforeItExpires()
    {
        await Client.SendTextAsync("ZhangSan", "一", None);
        _w.Clock.Advance(TimeSpan.FromSeconds(7200) - WeComApiClient.RenewBeforeExpiry - TimeSpan.FromSeconds(1));
        await Client.SendTextAsync("ZhangSan", "二", None);
        _w.Clock.Advance(TimeSpan.FromSeconds(2));
        await Client.SendTextAsync("ZhangSan", "三", None);

        Assert.Equal(2, Api.RequestsFor("gettoken").Count);
        Assert.All(Api.RequestsFor("message/send"), r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task AnExpiredTokenIsRefreshedOnceAndTheCallMadeAgain()
    {
        await Client.SendTextAsync("ZhangSan", "一", None);
        Api.ExpireTokens();

        await Client.SendTextAsync("ZhangSan", "二", None);

        Assert.Equal([0, 42001, 0], Api.RequestsFor("message/send").Select(r => r.ErrorCode ?? -1).ToArray());
        Assert.Equal(2, Api.RequestsFor("gettoken").Count);
        Assert.Equal(["一", "二"], Api.MessagesTo("ZhangSan").Select(m => m.Text!).ToArray());
    }

    [Fact]
    public async Task An40014IsTreatedAsAnExpiredToken()
    {
        var answered = 0;
        Api.Faults = r => r.Call == "message/send" && Interlocked.Increment(ref answered) == 1 ? WeComFault.Error(40014, "invalid access_token") : null;

        await Client.SendTextAsync("ZhangSan", "你好", None);

        Assert.Equal(2, Api.RequestsFor("gettoken").Count);
        Assert.Single(Api.MessagesTo("ZhangSan"));
    }

    [Fact]
    public async Task ATokenThatStaysExpiredIsRetriedOnlyOnceAndThenTriedLater()
    {
        Api.Faults = r => r.Call == "message/send" ? WeComFault.Error(42001, "access_token expired") : null;

        var error = await Assert.ThrowsAsync<WeComApiException>(() => Client.SendTextAsync("ZhangSan", "你好", None));

        Assert.Equal(42001, error.ErrorCode);
        Assert.Equal(2, Api.RequestsFor("message/send").Count);
        Assert.IsType<SendFailure.RetryLater>(WeComErrors.Classify(error));
    }

    [Theory]
    [InlineData(45009, 60)]
    [InlineData(45033, 2)]
    public async Task CallLimitsAreAFloodToWaitOut(int errorCode, int seconds)
    {
        Api.Faults = r => r.Call == "message/send" ? WeComFault.Error(errorCode, "api freq out of limit") : null;

        var error = await Assert.ThrowsAsync<WeComApiException>(() => Client.SendTextAsync("ZhangSan", "你好", None));

        Assert.Equal(new SendFailure.Flood(TimeSpan.FromSeconds(seconds)), WeComErrors.Classify(error));
        Assert.Empty(Api.MessagesTo("ZhangSan"));
    }

    [Fact]
    public async Task AServerErrorIsTriedAgainLater()
    {
        Api.Faults = r => r.Call == "message/send" ? WeComFault.ServerError(502) : null;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Client.SendTextAsync("ZhangSan", "你好", None));

        Assert.Same(SendFailure.Retry, WeComErrors.Classify(error));
    }

    [Fact]
    public async Task ACutConnectionIsTriedAgainLater()
    {
        Api.Faults = r => r.Call == "message/send" ? WeComFault.Disconnect() : null;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Client.SendTextAsync("ZhangSan", "你好", None));

        Assert.Same(SendFailure.Retry, WeComErrors.Classify(error));
    }

    [Fact]
    public async Task AnUntrustedServerIpIsPermanentAndSaysWhatToFix()
    {
        Api.Faults = _ => WeComFault.UntrustedIp();

        var error = await Assert.ThrowsAsync<WeComApiException>(() => Client.SendTextAsync("ZhangSan", "你好", None));

        Assert.Equal(60020, error.ErrorCode);
        Assert.Same(SendFailure.GiveUp, WeComErrors.Classify(error));
        Assert.Contains("企业可信IP", WeComErrors.WhatToFix(60020));
    }

    [Fact]
    public async Task AWrongSecretIsPermanent()
    {
        var client = _w.NewClient(new WeComOptions
        {
            CorpId = Api.CorpId, AgentId = Api.AgentId, Secret = "wrong", Token = Api.Token, EncodingAesKey = Api.EncodingAesKey, ApiBaseUrl = Api.BaseUrl,
        });

        var error = await Assert.ThrowsAsync<WeComApiException>(() => client.SendTextAsync("ZhangSan", "你好", None));

        Assert.Equal((40001, "gettoken"), (error.ErrorCode, error.Call));
        Assert.Same(SendFailure.GiveUp, WeComErrors.Classify(error));
        Assert.Empty(Api.RequestsFor("message/send"));
    }

    [Fact]
    public async Task AnUploadIsMultipartWithTheFieldMediaAndAFileName()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

        var mediaId = await Client.UploadMediaAsync("image", png, "ranking.png", "image/png", None);

        var upload = Assert.Single(Api.RequestsFor("media/upload"));
        Assert.Equal("image", upload.Query["type"]);
        Assert.StartsWith("multipart/form-data", upload.ContentType);
        var part = Assert.Single(upload.Parts);
        Assert.Equal(("media", "ranking.png", "image/png"), (part.Key, part.Value.FileName, part.Value.ContentType));
        Assert.Equal(png, part.Value.Content);
        Assert.False(string.IsNullOrEmpty(mediaId));
    }

    [Fact]
    public async Task AnImageMediumOfAMemberIsDownloaded()
    {
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6 };
        var mediaId = Api.AddMedia(new WeComUpload("photo.jpg", "image/jpeg", jpeg));

        var (content, fileName, type) = await Client.DownloadMediaAsync(mediaId, None);

        Assert.Equal(jpeg, content);
        Assert.Equal(("photo.jpg", "image/jpeg"), (fileName, type));
    }

    [Fact]
    public async Task AnUnknownMediumIsAWeComError()
    {
        var error = await Assert.ThrowsAsync<WeComApiException>(() => Client.DownloadMediaAsync("no-such-media", None));

        Assert.Equal(40007, error.ErrorCode);
    }

    [Fact]
    public async Task AButtonCardGoesOutWithItsTaskAndKeysAndIsUpdatedOnceWithItsCode()
    {
        var sent = await Client.SendButtonCardAsync("ZhangSan", "ca-1-test", "请选择村", null,
            [new WeComCardButton("新庄村", "1:v:1"), new WeComCardButton("大王村", "1:v:2")], None);

        var card = Assert.Single(Api.MessagesTo("ZhangSan"));
        Assert.Equal(("template_card", "ca-1-test", "请选择村"), (card.Type, card.TaskId, card.Title));
        Assert.Equal([("新庄村", "1:v:1"), ("大王村", "1:v:2")], card.Buttons);

        var code = sent["response_code"]!.GetValue<string>();
        await Client.UpdateButtonCardAsync("ZhangSan", code, "新庄村", None);
        Assert.Equal("新庄村", card.ReplacedWith);
        var twice = await Assert.ThrowsAsync<WeComApiException>(() => Client.UpdateButtonCardAsync("ZhangSan", code, "大王村", None));
        Assert.Equal(40058, twice.ErrorCode);
    }

    [Fact]
    public async Task AReusedTaskIdIsRefusedByWeCom()
    {
        WeComCardButton[] buttons = [new("是", "y")];
        await Client.SendButtonCardAsync("ZhangSan", "ca-same", "确认？", null, buttons, None);

        var error = await Assert.ThrowsAsync<WeComApiException>(() => Client.SendButtonCardAsync("ZhangSan", "ca-same", "确认？", null, buttons, None));

        Assert.Equal(42014, error.ErrorCode);
    }

    [Fact]
    public async Task ACardBeyondWeComsRulesIsNeverSent()
    {
        var seven = Enumerable.Range(1, 7).Select(i => new WeComCardButton($"{i}", $"k{i}")).ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => Client.SendButtonCardAsync("ZhangSan", "ca-7", "?", null, seven, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.SendButtonCardAsync("ZhangSan", "bad task id!", "?", null, seven[..1], None));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.SendButtonCardAsync("ZhangSan", "ca-dup", "?", null, [new("a", "k"), new("b", "k")], None));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.SendButtonCardAsync("ZhangSan", "ca-long", "?", null, [new("a", new string('k', 1025))], None));
        Assert.Empty(Api.RequestsFor("message/send"));
    }

    [Fact]
    public async Task ATextAbove2048BytesIsNeverSent()
    {
        var text = new string('分', 683); // 2,049 bytes

        await Assert.ThrowsAsync<ArgumentException>(() => Client.SendTextAsync("ZhangSan", text, None));
        Assert.Equal(2049, Encoding.UTF8.GetByteCount(text));
    }
}
