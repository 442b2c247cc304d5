using ChatAppraisal.Conversations;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Concurrency;

/// <summary>Latency is measured in these tests: they run alone, not beside the other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConcurrencyCollection
{
    public const string Name = "Concurrency";
}

/// <summary>One answer a user sends and what must come of it.</summary>
/// <param name="Text">Typed text, or null for a press of the button labelled <paramref name="Button"/>.</param>
/// <param name="Item">The item the answer is for (0-based), null for navigation.</param>
/// <param name="Value">The score it sets.</param>
public sealed record Step(string? Text, string? Button = null, int? Item = null, decimal? Value = null)
{
    public static Step Typed(string text) => new(text);
}

/// <summary>
/// The engine as the bot wires it over a real LiteDB file, with many examiners and villages. The fake clock moves
/// 1 ms at every reading, so audit timestamps show the order in which updates were handled.
/// </summary>
public sealed class ConcurrentChat : IDisposable
{
    public static readonly string[] VillageNames =
    [
        "新庄村", "东湾村", "西坪村", "南岭村", "北山村", "上河村", "下沟村", "中坝村", "前进村", "红星村", "青松村", "白杨村", "金沙村", "石门村",
    ];

    long _updateId;

    public ConcurrentChat()
    {
        Chat = new ChatHarness(samples: false);
        Chat.Db.Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        foreach (var name in VillageNames) Chat.Db.AddVillage(name);
        Engine = (ConversationEngine)Chat.Engine;
        Rubric = Chat.Period.Rubric;
    }

    public ChatHarness Chat { get; }
    public ConversationEngine Engine { get; }
    public Rubric Rubric { get; }

    public (ChatUser User, int MemberId) Examiner(string name)
    {
        var user = Chat.Member(name, Role.Examiner);
        return (user, Chat.Db.Store.Roster.Accounts.FindById(AccountDoc.Key(user.Channel, user.UserId))!.MemberId);
    }

    public ChatUpdate Update(ChatUser user, string text) => new(user, Interlocked.Increment(ref _updateId), Text: text);

    public ChatUpdate Press(ChatUser user, IReadOnlyList<Reply> lastReplies, string label)
    {
        var button = lastReplies.OfType<TextReply>().Last(r => r.Buttons is { Count: > 0 }).Buttons!
            .SelectMany(row => row).First(b => b.Label == label);
        return new ChatUpdate(user, Interlocked.Increment(ref _updateId), ButtonData: button.Data);
    }

    public ChatUpdate ToUpdate(ChatUser user, Step step, IReadOnlyList<Reply> lastReplies) =>
        step.Text is { } text ? Update(user, text) : Press(user, lastReplies, step.Button!);

    /// <summary>Navigates to the first item prompt of a category (0-based) of a village, one update at a time.</summary>
    public async Task<IReadOnlyList<Reply>> OpenCategory(ChatUser user, string village, int category)
    {
        IReadOnlyList<Reply> replies = [];
        foreach (var text in new[] { "/score", village, (category + 1).ToString() })
            replies = await Engine.HandleAsync(Update(user, text));
        Assert.Contains("（满分", replies.Text());
        return replies;
    }

    /// <summary>The "✓ item：value 分" line the dialog answers with after saving.</summary>
    public string Saved(int category, int item, decimal value) =>
        Texts.For("zh").SavedItem(Rubric.Categories[category].Items[item].Name, value);

    public List<AuditEntry> ScoreAudit(int memberId) =>
        Chat.Db.Store.Audit.Entries.Find(a => a.MemberId == memberId).Where(a => a.Action == AuditActions.ScoreSet).OrderBy(a => a.Id).ToList();

    public decimal? Score(string village, int category, int item) =>
        Chat.Db.Store.Scores.Items.FindById(ItemScoreDoc.Key(Chat.Period.Id, Chat.Village(village).Id, category, item))?.Value;

    public void AssertNoErrorsLogged()
    {
        lock (Chat.Logs.Entries)
            Assert.DoesNotContain(Chat.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    /// <summary>A value for an item that depends on who sends it and where, with up to 2 decimals.</summary>
    public static decimal ValueFor(int seed, decimal max) => seed % ((int)(max * 100) + 1) / 100m;

    public static string Format(decimal value) => Points.Format(value);

    public void Dispose() => Chat.Dispose();
}
