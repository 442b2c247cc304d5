using ChatAppraisal.Bot.Channels.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>The outbox's copy in the database: what is written comes back the same, in order, until crossed off.</summary>
public sealed class TelegramPendingSendsTests : IDisposable
{
    readonly Support.TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void RepliesWrittenDownComeBackAfterAReopenInOrderWithTheirButtonsAndBytesUntilCrossedOff()
    {
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("满分", "7|max"), InlineKeyboardButton.WithCallbackData("0", "7|zero")]]);
        var ids = new TelegramPendingSends(_db.Store, _db.Clock).Add(1001,
        [
            new EditText(12, "党建工作 1/17\n→ 满分"), new SendText("✓ 已保存", keyboard), new AnswerButton("4382"),
            new SendPhoto(ScriptedEngine.Png, "排名"), new SendDocument(ScriptedEngine.Workbook, "考核结果.xlsx", null),
        ]);
        Assert.Null(ids[2]);
        new TelegramPendingSends(_db.Store, _db.Clock).Add(-100200, [new SendText("群里的")]);

        _db.Reopen();
        var pending = new TelegramPendingSends(_db.Store, _db.Clock);
        var items = pending.Pending();

        Assert.Equal([1001, 1001, 1001, 1001, -100200], items.Select(p => p.ChatId));
        Assert.Equal(new EditText(12, "党建工作 1/17\n→ 满分"), items[0].Item);
        var text = Assert.IsType<SendText>(items[1].Item);
        Assert.Equal([("满分", "7|max"), ("0", "7|zero")], text.Keyboard!.InlineKeyboard.Single().Select(b => (b.Text, b.CallbackData)));
        Assert.Equal(ScriptedEngine.Png, Assert.IsType<SendPhoto>(items[2].Item).Png);
        var document = Assert.IsType<SendDocument>(items[3].Item);
        Assert.Equal("考核结果.xlsx", document.FileName);
        Assert.Equal(ScriptedEngine.Workbook, document.Content);

        pending.Remove([items[0].Id, items[1].Id]);
        Assert.Equal(3, pending.Pending().Count);
    }
}
