using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>The bot stops and starts again on the same database file, as a deployment or a crash would have it.</summary>
public sealed class TelegramRestartTests : TelegramBotTest
{
    [Fact]
    public async Task AfterARestartPollingResumesAtTheStoredOffsetLosingAndReplayingNothing()
    {
        var one = Api.SendText(Wang, "一");
        await Api.WaitForMessagesAsync(Wang.Id, 1);
        await StopBotAsync();

        Api.SendText(Wang, "二");
        Api.SendText(Li, "三");
        var polls = Api.RequestsFor("getUpdates").Count;
        var afterRestart = new ScriptedEngine();
        await StartBotAsync(afterRestart);

        await Api.WaitForMessagesAsync(Wang.Id, 2);
        await Api.WaitForMessagesAsync(Li.Id, 1);
        Assert.Equal(["二", "三"], afterRestart.Seen.Select(u => u.Text));
        Assert.Equal(["收到：一", "收到：二"], Api.MessagesIn(Wang.Id).Select(m => m.Text));
        // A new process knows where it stopped only from the database: its very first poll names the offset.
        Assert.Equal(one + 1, Api.RequestsFor("getUpdates")[polls].Body["offset"]?.GetValue<int>());
    }

    [Fact]
    public async Task TheOffsetIsStoredInTheDatabaseFileAfterEachUpdate()
    {
        Api.SendText(Wang, "一");
        var last = Api.SendText(Li, "二");
        await Api.WaitForMessagesAsync(Li.Id, 1);
        await StopBotAsync();

        using var store = new AppraisalStore(DatabasePath);
        var state = Assert.Single(store.LiteDatabase().GetCollection<TelegramStateDoc>(TelegramPollingOffset.Collection).FindAll());
        Assert.Equal($"polling:{Api.BotId}", state.Id);
        Assert.Equal(last + 1, state.Offset);
    }

    [Fact]
    public async Task AButtonFromBeforeTheRestartStillWorksAfterIt()
    {
        Api.SendText(Wang, "/menu");
        var menu = (await Api.WaitForMessagesAsync(Wang.Id, 1)).Single();
        await StopBotAsync();
        await StartBotAsync(new ScriptedEngine());

        var press = Api.PressButton(Wang, menu, "A");

        await Api.WaitUntilAsync(() => Api.LastMessageIn(Wang.Id)!.Text == "已选 A" && Api.ButtonAnswered(press), "the old menu to be edited");
        Assert.Single(Api.MessagesIn(Wang.Id));
    }
}

/// <summary>The stored offset on its own, over a real database file.</summary>
public sealed class TelegramPollingOffsetTests : IDisposable
{
    readonly Support.TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void AnotherBotOnTheSameFileDoesNotInheritTheOffset()
    {
        new TelegramPollingOffset(_db.Store, _db.Clock).Save(7000000001, 500);

        _db.Reopen();

        var offsets = new TelegramPollingOffset(_db.Store, _db.Clock);
        Assert.Equal(500, offsets.Load(7000000001));
        Assert.Null(offsets.Load(7000000002));
    }
}
