using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>
/// Regression: the engine commits an answer before the channel sends the reply, and a SIGKILL in between lost the
/// reply: the examiner's score was stored but they never heard so (the crash test counted most replies of a busy
/// moment lost). The channel now writes replies down before sending; the next process sends what was cut off.
/// </summary>
[Collection(nameof(CrashSafetyCollection))]
public sealed class RepliesAfterAKillTests : IAsyncLifetime
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-crash", Guid.NewGuid().ToString("N"));
    BotApiDouble _api = null!;

    string DatabasePath => Path.Combine(_folder, "appraisal.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await BotApiDouble.StartAsync();
    }

    [Fact]
    public async Task AReplyStillQueuedWhenTheProcessIsKilledIsSentOnceByTheNextProcess()
    {
        var dll = await BotProcess.BuiltBotAsync();
        var village = ExaminersDatabase.Seed(DatabasePath, 1, 4001).Single();
        var examiner = new FakeUser(4001, "考核员01");
        using var life = new BotLife(_api, dll, new Dictionary<string, string>
        {
            ["Storage__Path"] = DatabasePath,
            ["Telegram__BotToken"] = _api.Token,
            ["Telegram__ApiBaseUrl"] = _api.BaseUrl,
            ["Admin__Urls"] = "http://127.0.0.1:0",
            ["Logging__LogLevel__ChatAppraisal.Channels.Outbox.Outbox"] = "Debug",
        }, LogPath);
        // Flood control holds every reply in the outbox: the answer is committed, its reply not yet sent.
        _api.Faults = r => r.IsSend ? BotApiFault.TooManyRequests(60) : null;
        life.Start();
        await life.WaitUpAsync(TimeSpan.FromSeconds(90));
        _api.SendText(examiner, "/score " + village);
        await _api.WaitUntilAsync(() => _api.RequestsFor("sendMessage").Count > 0, "the reply's first try", TimeSpan.FromSeconds(30));
        await life.KillAsync();
        Assert.Empty(_api.MessagesIn(examiner.Id));

        _api.Faults = null;
        life.Start();
        var reply = (await _api.WaitForMessagesAsync(examiner.Id, 1, TimeSpan.FromSeconds(90))).Single();
        Assert.StartsWith($"{village} · 已评 0/117 项", reply.Text);
        Assert.Contains(reply.AllButtons, b => b.Label == "党建工作 0/17");
        await WaitForLogAsync("Outbox: crossed off sent message", TimeSpan.FromSeconds(60));
        await life.KillAsync();

        using var store = new AppraisalStore(DatabasePath);
        Assert.Empty(store.LiteDatabase().GetCollection<OutboxDoc>(OutboxDoc.Collection).FindAll());
        Assert.Single(_api.MessagesIn(examiner.Id));
    }

    string LogPath => Path.Combine(_folder, "bot.log");

    async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!ReadLog().Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The bot did not log \"{text}\" within {timeout.TotalSeconds} s; see {LogPath}.");
            await Task.Delay(50);
        }
    }

    string ReadLog()
    {
        // The test's own writer still holds the file open.
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
