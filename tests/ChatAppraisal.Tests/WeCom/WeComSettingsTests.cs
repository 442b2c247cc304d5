using ChatAppraisal.Bot.Channels.WeCom;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>The WeCom settings are checked at start with sentences that name the bad one.</summary>
public sealed class WeComSettingsTests
{
    static readonly WeComOptionsValidator Validator = new();

    internal static WeComOptions Valid() => new()
    {
        CorpId = WeComCryptoTests.SampleCorpId, AgentId = 1000002, Secret = "app-secret", Token = WeComCryptoTests.SampleToken,
        EncodingAesKey = WeComCryptoTests.SampleAesKey,
    };

    static IReadOnlyList<string> Errors(WeComOptions options) =>
        Validator.Validate(null, options) is { Failed: true } result ? result.Failures.ToList() : [];

    [Fact]
    public void WithoutACorpIdTheChannelIsOffAndNothingIsChecked() =>
        Assert.True(Validator.Validate(null, new WeComOptions { EncodingAesKey = "short" }).Skipped);

    [Fact]
    public void TheOfficialSamplesSettingsAreValidAndTheApiIsWeComsOwnByDefault()
    {
        Assert.Empty(Errors(Valid()));
        Assert.Equal("https://qyapi.weixin.qq.com", Valid().ApiBaseUrl);
    }

    [Fact]
    public void AnAesKeyThatIsNot43CharactersIsRefusedSayingHowLongItIs()
    {
        var options = Valid();
        options.EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2";

        Assert.Equal("WeCom:EncodingAesKey must be exactly 43 characters (it has 42): copy the whole EncodingAESKey from 设置API接收.", Assert.Single(Errors(options)));
    }

    [Fact]
    public void AnAesKeyThatDoesNotDecodeTo32BytesIsRefused()
    {
        var options = Valid();
        options.EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2=";

        Assert.Contains("does not decode to a 32-byte AES key", Assert.Single(Errors(options)));
    }

    [Fact]
    public void EveryMissingSettingIsNamed()
    {
        var errors = Errors(new WeComOptions { CorpId = "ww1436e0e65a779aee", ApiBaseUrl = "qyapi.weixin.qq.com" });

        Assert.Equal(["WeCom:AgentId", "WeCom:Secret", "WeCom:Token", "WeCom:EncodingAesKey", "WeCom:ApiBaseUrl"],
            errors.Select(e => e[..e.IndexOf(' ')]).ToArray());
    }

    [Fact]
    public void ATokenWithOtherThanLettersAndDigitsIsRefused()
    {
        var options = Valid();
        options.Token = "to ken!";

        Assert.StartsWith("WeCom:Token may hold only", Assert.Single(Errors(options)));
    }
}
