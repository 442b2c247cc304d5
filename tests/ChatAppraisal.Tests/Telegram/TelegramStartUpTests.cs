using System.Net;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>Telegram refusing the bot at start is waited out; the rest of the process runs on.</summary>
public sealed class TelegramStartUpTests : TelegramBotTest
{
    int _refusals;

    protected override void BeforeFirstStart(BotApiDouble api) =>
        api.Faults = r => r.Method == "getMe" && Interlocked.Increment(ref _refusals) <= 3 ? new BotApiFault(401, "Unauthorized") : null;

    [Fact]
    public async Task ARefusedTokenIsTriedAgainWithGrowingPausesAndTheHostRunsOn()
    {
        using var admin = Bot.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/healthz")).StatusCode);

        var getMe = Api.RequestsFor("getMe");
        Assert.Equal([401, 401, 401, 200], getMe.Select(r => r.Status));
        Assert.True(getMe[3].At - getMe[2].At >= TimeSpan.FromMilliseconds(190), "the third pause is 200 ms");
        var refused = Bot.Logs.AtLeast(LogLevel.Error).Where(e => e.Message.Contains("Telegram does not know Telegram:BotToken")).ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, e => Assert.NotNull(e.Exception));
    }
}
