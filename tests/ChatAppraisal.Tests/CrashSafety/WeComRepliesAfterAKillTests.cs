using ChatAppraisal.Storage.LiteDb;
using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Processes;
using ChatAppraisal.Tests.WeCom;
using Microsoft.Extensions.Time.Testing;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>
/// The WeCom app's answer is acknowledged (200 to the callback) once its replies are written into the outbox, before
/// they are sent. The real bot process is killed (SIGKILL) between the acknowledgement and the send, while WeCom answers
/// 45009 and the reply waits in the outbox; the next process sends it, once.
/// </summary>
[Collection(nameof(CrashSafetyCollection))]
public sealed class WeComRepliesAfterAKillTests : IAsyncLifetime
{
    const string Examiner = "KaoHeYuan01";
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-crash", Guid.NewGuid().ToString("N"));
    WeComApiDouble _api = null!;

    string DatabasePath => Path.Combine(_folder, "appraisal.db");
    string LogPath => Path.Combine(_folder, "bot.log");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await WeComApiDouble.StartAsync();
    }

    [Fact]
    public async Task AnAcknowledgedReplyStillInTheOutboxWhenTheProcessIsKilledIsSentOnceByTheNextProcess()
    {
        var dll = await BotProcess.BuiltBotAsync();
        var village = Seed();
        var port = Hosting.WebBotApp.FreePort();
        var settings = _api.BotSettings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        settings["Storage__Path"] = DatabasePath;
        settings["Admin__Urls"] = $"http://127.0.0.1:{port}";
        settings["Logging__LogLevel__ChatAppraisal.Channels.Outbox.Outbox"] = "Debug";
        _api.CallbackUrl = $"http://127.0.0.1:{port}/wecom/callback";

        // WeCom's frequency limit holds every reply in the outbox: the answer is committed and acknowledged, its reply not sent.
        _api.Faults = r => r.Call == "message/send" ? WeComFault.CallLimit() : null;
        var first = BotProcess.Start(dll, settings, LogPath);
        WeComCallbackResult acknowledged;
        try
        {
            await WaitUpAsync(first);
            acknowledged = await _api.SendTextAsync(Examiner, "/score " + village);
            Assert.True(acknowledged.Acknowledged);
            await _api.WaitUntilAsync(() => _api.RequestsFor("message/send").Count > 0, "the reply's first try", TimeSpan.FromSeconds(30));
            await first.KillAsync();
        }
        finally
        {
            first.Dispose();
        }
        Assert.Empty(_api.MessagesTo(Examiner));

        _api.Faults = null;
        var second = BotProcess.Start(dll, settings, LogPath);
        try
        {
            var reply = (await _api.WaitForMessagesAsync(Examiner, 1, TimeSpan.FromSeconds(90))).Single();
            Assert.StartsWith($"{village} · 已评 0/117 项", reply.Text);
            Assert.Contains("\n1. 党建工作 0/17\n", reply.Text); // the categories, numbered
            // The outbox sends what was cut off before Kestrel listens: wait until the callback answers.
            await WaitUpAsync(second);
            // The same callback delivered again to the new process is recognised: no second answer comes before the next one.
            Assert.True((await _api.DeliverAgainAsync(acknowledged)).Acknowledged);
            Assert.True((await _api.SendTextAsync(Examiner, "/cancel")).Acknowledged);
            Assert.Equal("已退出。已保存的分数都保留着。", (await _api.WaitForMessagesAsync(Examiner, 2, TimeSpan.FromSeconds(30)))[1].Text);
            await WaitForLogAsync("Outbox: crossed off sent message", TimeSpan.FromSeconds(60));
            await second.KillAsync();
        }
        finally
        {
            second.Dispose();
        }

        using var store = new AppraisalStore(DatabasePath);
        Assert.Empty(store.LiteDatabase().GetCollection<OutboxDoc>(OutboxDoc.Collection).FindAll());
        Assert.Equal(2, _api.MessagesTo(Examiner).Count);
        Assert.Empty(_api.Dropped);
    }

    /// <summary>One village and one examiner bound to a WeCom account; returns the village's name.</summary>
    string Seed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var store = new AppraisalStore(DatabasePath);
        new DatabaseSetup(store, new Periods(store), time).EnsureInitialized("2017年度");
        store.Write(() => store.Setup.Villages.Insert(new VillageDoc { Name = "试验村01", CreatedAt = DateTime.UtcNow }));
        var members = new MemberDirectory(store, time);
        var member = members.Add("考核员01", [Role.Examiner]);
        if (members.Redeem(members.CreateInvite(member.Id).Code, "wecom", Examiner).Result != RedeemResult.Bound)
            throw new InvalidOperationException("Could not bind the examiner to a WeCom account.");
        return "试验村01";
    }

    /// <summary>Up once the callback answers WeCom's URL check.</summary>
    Task WaitUpAsync(BotProcess process) => process.WaitUntilAsync(async () =>
    {
        try
        {
            return (await _api.VerifyUrlAsync()).Result.Status == 200;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }, "an answer to WeCom's URL check", TimeSpan.FromSeconds(90));

    async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using (var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                if (new StreamReader(stream).ReadToEnd().Contains(text, StringComparison.Ordinal)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The bot did not log \"{text}\" within {timeout.TotalSeconds} s; see {LogPath}.");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
