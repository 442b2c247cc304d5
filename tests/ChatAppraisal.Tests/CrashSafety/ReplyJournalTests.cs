using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Conversations;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>
/// Regression: a SIGKILL after the engine's commit and before the channel wrote its replies down lost the reply of a
/// stored answer (the crash test met it once in ten kills). Replies are now journaled inside the update's transaction, into the outbox every channel sends from.
/// </summary>
public sealed class ReplyJournalTests
{
    [Fact]
    public async Task RepliesAreJournaledInTheUpdatesOwnTransactionSoAnswerAndReplyAreStoredTogetherOrNotAtAll()
    {
        var journal = new CollectionJournal { FailOn = "40" };
        using var chat = new ChatHarness(configure: s => s.AddSingleton<IReplyJournal>(journal));
        journal.Store = chat.Db.Store;
        var user = await chat.AtCategory(8);

        var saved = await chat.Send(user, "50");
        var failed = await chat.Send(user, "40");

        Assert.Equal(50m, chat.Score(7, 0));
        Assert.Contains(journal.Written(), text => text.StartsWith("✓ ") && text.Contains("：50 分\n社会保险 2/3 · "));
        Assert.Equal(saved.Text(), journal.Written().Last());
        // The journal failed, so the answer it would have reported rolled back with it.
        Assert.Null(chat.Score(7, 1));
        Assert.DoesNotContain(journal.Written(), text => text.Contains("：40 分"));
        Assert.Equal("抱歉，处理这条消息时出错了，请再发一次。已保存的内容不受影响。", failed.Text());
        Assert.Contains("社会保险 2/3 · ", (await chat.Send(user, "/help")).Text());
    }

    [Fact]
    public void WhatTheOutboxJournalWroteInATransactionThatRolledBackIsNeitherKeptNorSent()
    {
        using var db = new Support.TempDatabase();
        var outbox = new Outbox(db.Store, [], db.Clock, NullLogger<Outbox>.Instance);
        var journal = new OutboxJournal(outbox);
        var update = new ChatUpdate(new ChatUser("telegram", "1001"), 500000001, Text: "40");
        IReadOnlyList<Reply> replies = [new TextReply("✓ 农村居民医疗保险：40 分")];
        update = update with { ReplyTo = "1001" };

        Assert.Throws<InvalidOperationException>(() => db.Store.Write(() =>
        {
            journal.Write(update, replies);
            throw new InvalidOperationException("the update failed after its replies were journaled");
        }));

        Assert.Empty(Written(db));
        IReadOnlyList<Reply> apology = [new TextReply("抱歉")];
        Assert.False(journal.Take(update, apology));
    }

    [Fact]
    public void TheOutboxJournalWritesTheRepliesOfAnAnnouncedUpdateForItsChatAndNothingOfOthers()
    {
        using var db = new Support.TempDatabase();
        var outbox = new Outbox(db.Store, [], db.Clock, NullLogger<Outbox>.Instance);
        var journal = new OutboxJournal(outbox);
        var update = new ChatUpdate(new ChatUser("telegram", "1001"), 500000002, Text: "/ranking");
        IReadOnlyList<Reply> replies = [new TextReply("一"), new ImageReply(Telegram.ScriptedEngine.Png, "排名")];
        update = update with { ReplyTo = "-100123" };
        db.Store.Write(() => journal.Write(new ChatUpdate(new ChatUser("console", "local"), 500000002, Text: "x"), [new TextReply("别的渠道")]));

        db.Store.Write(() => journal.Write(update, replies));

        Assert.True(journal.Take(update, replies));
        var written = Written(db);
        Assert.Equal(["text", "image"], written.Select(d => d.Kind));
        Assert.Equal("一", written[0].Text);
        Assert.Equal(Telegram.ScriptedEngine.Png, written[1].Content);
        Assert.All(written, d => Assert.Equal(("telegram", "-100123", "reply"), (d.Channel, d.ChatId, d.Origin)));
    }

    static List<OutboxDoc> Written(Support.TempDatabase db) =>
        db.Store.LiteDatabase().GetCollection<OutboxDoc>(OutboxDoc.Collection).FindAll().OrderBy(d => d.Id).ToList();

    /// <summary>Writes each update's reply texts into a collection of the same database, and fails when told to.</summary>
    sealed class CollectionJournal : IReplyJournal
    {
        public AppraisalStore Store { get; set; } = null!;
        public string? FailOn { get; init; }

        public void Write(ChatUpdate update, IReadOnlyList<Reply> replies)
        {
            Store.Write(() => Store.LiteDatabase().GetCollection("test_journal").Insert(new LiteDB.BsonDocument { ["text"] = replies.Text() }));
            if (update.Text == FailOn) throw new InvalidOperationException("the journal failed");
        }

        public List<string> Written() => Store.LiteDatabase().GetCollection("test_journal").FindAll().Select(d => d["text"].AsString).ToList();
    }
}
