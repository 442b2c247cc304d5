using ChatAppraisal.Conversations;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>
/// Regression: the engine answered an update cancelled by shutdown with an empty list, which a channel reads as
/// "handled, nothing to say"; Telegram's polling then stored the offset past an update nothing was stored of, and it
/// was lost. Cancelled before handling, the engine now throws, and the update comes again after the restart.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task AnUpdateCancelledByShutdownBeforeItIsHandledThrowsAndIsHandledWhenItComesAgain()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var update = new ChatUpdate(user, 424242, Text: "50");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => chat.Engine.HandleAsync(update, new CancellationToken(canceled: true)));
        Assert.Empty(chat.Scores());

        var reply = await chat.Deliver(update);
        Assert.Contains("社会保险 2/3 · ", reply.Text());
        Assert.Equal(50m, chat.Score(7, 0));
    }

    [Fact]
    public async Task AnUpdateCutOffByShutdownIsNotMarkedDoneAndTheNextProcessGetsItAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "appraisal.db");
        await using var api = await BotApiDouble.StartAsync();
        var wang = new FakeUser(1001, "王芳");
        var stopping = new StoppingEngine();
        var bot = new TelegramBotApp(api, database, stopping).Start();
        try
        {
            api.SendText(wang, "一");
            await api.WaitForMessagesAsync(wang.Id, 1);
            var cut = api.SendText(wang, "慢");
            await api.WaitUntilAsync(() => stopping.Waiting, "the engine to be handling the update");
            await bot.DisposeAsync(); // a graceful stop while the update is being handled

            var again = new ScriptedEngine();
            var polls = api.RequestsFor("getUpdates").Count;
            bot = new TelegramBotApp(api, database, again).Start();

            Assert.Equal(["收到：一", "收到：慢"], (await api.WaitForMessagesAsync(wang.Id, 2)).Select(m => m.Text));
            Assert.Equal(cut, api.RequestsFor("getUpdates")[polls].Body["offset"]?.GetValue<int>());
            Assert.Equal(["慢"], again.Seen.Select(u => u.Text));
        }
        finally
        {
            await bot.DisposeAsync();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Like the real engine waiting for a user's lock when the host stops: cancelled, it throws.</summary>
    sealed class StoppingEngine : IConversationEngine
    {
        public bool Waiting { get; private set; }

        public async Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, CancellationToken cancellationToken = default)
        {
            if (update.Text != "慢") return ScriptedEngine.Rules(update);
            Waiting = true;
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }
    }
}
