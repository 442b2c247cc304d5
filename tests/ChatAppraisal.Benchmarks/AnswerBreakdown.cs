using System.Diagnostics;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using LiteDB;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Where the time of one answer goes (no profiler here: dotnet-trace and dotnet-counters are not installed): each read and
/// write the engine makes for a typed item answer, timed alone on the same file, median of many. Run with --breakdown.
/// </summary>
static class AnswerBreakdown
{
    public static void Run(TextWriter output, int villages)
    {
        using var db = BenchmarkDatabase.Create(villages, unscored: 1); // the examiner's village empty, the others scored
        using var desk = new ExaminerDesk(db.Store);
        var user = new ChatUser("bench", "1", "考核员1");
        var seat = desk.Seat([user], [db.Villages[0]]).Single();
        var store = db.Store;
        var period = db.Periods.Active();
        var sheets = new Sheets(store, TimeProvider.System);
        var book = new ScoreBook(store, TimeProvider.System);
        var actor = new Actor(1, "考核员1", "bench");
        var village = seat.VillageId;
        // Half the village's items scored, as midway through a category.
        for (var i = 0; i < 8; i++) book.SetItem(actor, period, village, 0, i, 1);
        var processed = store.Database.GetCollection<ProcessedUpdateDoc>("processed_updates");
        var conversations = store.Database.GetCollection<ConversationDoc>("conversations");
        var key = AccountDoc.Key(user.Channel, user.UserId);
        long id = 10_000_000;
        var round = 0;

        output.WriteLine($"One typed item answer, piece by piece ({villages} villages; median of 200, µs):");
        Time(output, "whole answer (HandleAsync, incl. commit)",
            () => desk.Send(user, ExaminerDesk.Typed(ExaminerDesk.Answer(13, round++))), before: () => desk.Reset([seat]));
        Time(output, "empty transaction (commit only)", () => store.Write(() => { }));
        Time(output, "processed: FindById + Insert", () => store.Write(() =>
        {
            var k = $"bench:1:{id++}";
            _ = processed.FindById(k);
            processed.Insert(new ProcessedUpdateDoc { Id = k, At = DateTime.UtcNow });
        }));
        Time(output, "processed: DeleteMany (nothing to forget)", () => store.Write(() => processed.DeleteMany(p => p.At < DateTime.UtcNow.AddDays(-14))));
        Time(output, "account + member", () => { _ = store.Accounts.FindById(key); _ = store.Members.FindById(1); });
        Time(output, "conversation: FindById", () => _ = conversations.FindById(key));
        Time(output, "conversation: Upsert", () => store.Write(() => conversations.Upsert(conversations.FindById(key))));
        Time(output, "Periods.Active()", () => _ = db.Periods.Active());
        Time(output, "Sheets.Load", () => _ = sheets.Load(period, village));
        Time(output, "  item scores of the village (period && village)", () =>
            _ = store.ItemScores.Find(s => s.PeriodId == period.Id && s.VillageId == village).ToList());
        Time(output, "  item scores of the village (_id prefix)", () =>
            _ = store.ItemScores.Find(Query.StartsWith("_id", ItemScoreDoc.Key(period.Id, village, 0, 0)[..^3])).ToList());
        Time(output, "  item scores of a scored village (period && village)", () =>
            _ = store.ItemScores.Find(s => s.PeriodId == period.Id && s.VillageId == village + 1).ToList());
        Time(output, "  item scores of a scored village (_id prefix)", () =>
            _ = store.ItemScores.Find(Query.StartsWith("_id", ItemScoreDoc.Key(period.Id, village + 1, 0, 0)[..^3])).ToList());
        Time(output, "  members (FindAll)", () => _ = store.Members.FindAll().ToDictionary(m => m.Id, m => m.Name));
        Time(output, "ScoreBook.SetItem (changed value, audited)", () => book.SetItem(actor, period, village, 0, 9, round++ % 2 == 0 ? 1 : 2));
        Time(output, "session: ToObject + ToDocument", () =>
        {
            var doc = store.Database.Mapper.ToDocument(new Conversations.Dialogs.ScoreSession { VillageId = village });
            _ = store.Database.Mapper.ToObject<Conversations.Dialogs.ScoreSession>(doc);
        });
        output.WriteLine("Query plan of the village's item scores:");
        foreach (var line in store.Database.Execute(
                     $"EXPLAIN SELECT $ FROM item_scores WHERE PeriodId = {period.Id} AND VillageId = {village}").ToEnumerable())
            output.WriteLine("  " + line.ToString());
    }

    /// <param name="before">Untimed, before each call.</param>
    static void Time(TextWriter output, string what, Action action, Action? before = null)
    {
        for (var i = 0; i < 20; i++)
        {
            before?.Invoke();
            action();
        }
        var samples = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            before?.Invoke();
            var watch = Stopwatch.StartNew();
            action();
            samples.Add(watch.Elapsed.TotalMicroseconds);
        }
        samples.Sort();
        output.WriteLine($"  {what,-50} {samples[samples.Count / 2],9:0}");
    }
}
