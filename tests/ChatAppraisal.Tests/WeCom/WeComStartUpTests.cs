using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>AddWeComChannel: off without a CorpId, stops start-up with a sentence for a bad setting, otherwise a channel.</summary>
public sealed class WeComStartUpTests
{
    static WebApplication Build(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        more?.Invoke(builder.Services);
        builder.AddWeComChannel();
        return builder.Build();
    }

    static Dictionary<string, string?> Valid() => new()
    {
        ["WeCom:CorpId"] = WeComApiDouble.DefaultCorpId, ["WeCom:AgentId"] = "1000002", ["WeCom:Secret"] = "s",
        ["WeCom:Token"] = WeComApiDouble.DefaultToken, ["WeCom:EncodingAesKey"] = WeComApiDouble.DefaultAesKey,
    };

    [Fact]
    public async Task WithoutACorpIdNoWeComChannelIsRegistered()
    {
        await using var app = Build(new() { ["WeCom:EncodingAesKey"] = "short" });

        Assert.Empty(app.Services.GetServices<IChatChannel>());
        Assert.Null(app.Services.GetService<WeComChannel>());
    }

    [Fact]
    public async Task ABadEncodingAesKeyStopsStartUpNamingIt()
    {
        var settings = Valid();
        settings["WeCom:EncodingAesKey"] = "tooShort";
        await using var app = Build(settings);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("WeCom:EncodingAesKey must be exactly 43 characters (it has 8)", refused.Message);
    }

    [Fact]
    public async Task WithValidSettingsTheChannelIsTheWeComChannelOnWeComsHost()
    {
        using var database = new TempDatabase();
        await using var app = Build(Valid(), services => services.AddSingleton(database.Store));

        var channel = Assert.Single(app.Services.GetServices<IChatChannel>());
        Assert.Equal(("wecom", "callback at /wecom/callback"), (channel.Name, channel.Describe()));
        Assert.Same(channel, app.Services.GetRequiredService<WeComChannel>());
        Assert.Equal("https://qyapi.weixin.qq.com", app.Services.GetRequiredService<IOptions<WeComOptions>>().Value.ApiBaseUrl);
    }
}
