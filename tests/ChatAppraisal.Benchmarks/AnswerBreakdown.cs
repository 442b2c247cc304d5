using ChatAppraisal.Storage.LiteDb;
using System.Diagnostics;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;
using LiteDB;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Where the time of one answer goes (no profiler here: dotnet-trace and dotnet-counters are not installed): the reads
/// and writes the engine makes for a typed item answer, each timed alone on the same file, all in turn (round-robin, so
/// load from elsewhere hits them alike), median of many. Run with --breakdown.
/// </summary>
static class AnswerBreakdown
{
    const int Rounds = 300;

    public static void Run(TextWriter output, int villages)
    {
        using var db = BenchmarkDatabase.Create(villages + 1, unscored: 2); // the examiner's and the floor's villages empty, the others scored
        using var desk = new ExaminerDesk(db.Store);
        var user = new ChatUser("bench", "1", "考核员1");
        var seat = desk.Seat([user], [db.Villages[0]]).Single();
        var store = db.Store;
        var period = db.Periods.Active();
        var sheets = new Sheets(store, TimeProvider.System);
        var book = new ScoreBook(store, TimeProvider.System);
        var actor = new Actor(1, "考核员1", "bench");
        var village = seat.VillageId;
        var floorVillage = db.Villages[1].Id;
        var scored = db.Villages[2].Id;
        var processed = store.LiteDatabase().GetCollection<ProcessedUpdateDoc>("processed_updates");
        var conversations = store.LiteDatabase().GetCollection<ConversationDoc>("conversations");
        var key = AccountDoc.Key(user.Channel, user.UserId);
        var floorConversation = store.LiteDatabase().Mapper.ToObject<ConversationDoc>(seat.Conversation);
        floorConversation.Id = "floor:1";
        long id = 10_000_000;
        int round = 0, floorRound = 0, bookRound = 0;

        var probes = new List<(string What, Action Act, Action? Before)>
        {
            ("whole answer: HandleAsync, one transaction", () => desk.Send(user, ExaminerDesk.Typed(ExaminerDesk.Answer(19, round++))), () => desk.Reset([seat])),
            ("floor: its four documents, one transaction", () =>
            {
                var now = DateTime.UtcNow;
                var value = ExaminerDesk.Answer(19, floorRound++);
                store.Write(() =>
                {
                    store.Scores.Items.Upsert(new ItemScoreDoc { Id = ItemScoreDoc.Key(period.Id, floorVillage, 0, 0), PeriodId = period.Id, VillageId = floorVillage, Value = value, At = now });
                    store.Audit.Add(ScoreBook.Entry(actor, period.Id, floorVillage, now, AuditActions.ScoreSet, 0, 0, null, value));
                    conversations.Upsert(floorConversation);
                    processed.Insert(new ProcessedUpdateDoc { Id = $"floor:1:{id++}", At = now });
                });
            }, null),
            ("  processed: FindById", () => _ = processed.FindById($"bench:1:{id}"), null),
            ("  account: FindById", () => _ = store.Roster.Accounts.FindById(key), null),
            ("  member: FindById", () => _ = store.Roster.Members.FindById(1), null),
            ("  conversation: FindById", () => _ = conversations.FindById(key), null),
            ("  Periods.Active()", () => _ = db.Periods.Active(), null),
            ("  Sheets.Load", () => _ = sheets.Load(period, village), null),
            ("    village: FindById", () => _ = store.Setup.Villages.FindById(village), null),
            ("    item scores of the village (≤ 17)", () => _ = store.Scores.Items.FindByIdPrefix(ItemScoreDoc.VillagePrefix(period.Id, village)).ToList(), null),
            ("    members: FindAll", () => _ = store.Roster.Members.FindAll().ToList(), null),
            ("    seal: FindById", () => _ = store.Scores.Seals.FindById(SealDoc.Key(period.Id, village)), null),
            ("  ScoreBook.SetItem, own transaction", () => book.SetItem(actor, period, village, 1, 0, ExaminerDesk.Answer(5, bookRound++)), null),
            ("  processed: DeleteMany (nothing to forget)", () => store.Write(() => processed.DeleteMany(p => p.At < DateTime.UtcNow.AddDays(-14))), null),
            ("  10 × account FindById, own transactions", () => { for (var i = 0; i < 10; i++) _ = store.Roster.Accounts.FindById(key)!; }, null),
            ("  10 × account FindById, in one write transaction", () => store.Write(() => { for (var i = 0; i < 10; i++) _ = store.Roster.Accounts.FindById(key)!; }), null),
            ("  Periods.Active() in a write transaction", () => store.Write(() => db.Periods.Active()), null),
            ("  Sheets.Load in a write transaction", () => store.Write(() => sheets.Load(period, village)), null),
            ("Sheets.Load of a scored village (117 items)", () => _ = sheets.Load(period, scored), null),
        };

        Time(output, $"One typed item answer, piece by piece ({villages} villages; median of {Rounds}):", probes);

        // The filter Sheets.Load used before it read a range of the _id index: LiteDB walks the period's index.
        var old = Stopwatch.StartNew();
        _ = store.Scores.Items.Find(s => s.PeriodId == period.Id && s.VillageId == village).ToList();
        output.WriteLine($"  (a village's scores by PeriodId && VillageId, as Sheets.Load read them before: {old.Elapsed.TotalMicroseconds:0} µs)");
    }

    /// <summary>
    /// The active period on PostgreSQL (the server of CHATAPPRAISAL_TEST_POSTGRES, a database of its own): read whole, as
    /// every read was before it was kept, against <see cref="Periods.Active"/> now (the row's version asked, a kept copy).
    /// </summary>
    public static void RunPostgres(TextWriter output)
    {
        using var database = new TestPostgres();
        using var store = StorageProviders.OpenPostgres(database.ConnectionString);
        var periods = new Periods(store);
        new DatabaseSetup(store, periods, TimeProvider.System).EnsureInitialized("2017年度");
        Time(output, $"The active period on PostgreSQL (median of {Rounds}):",
        [
            ("  read whole: FindOne(p => p.Active)", () => _ = store.Setup.Periods.FindOne(p => p.Active), null),
            ("  Periods.Active(): its version, then the kept copy", () => _ = periods.Active(), null),
            ("  the same in a write transaction", () => store.Write(() => periods.Active()), null),
            ("  an empty write transaction, for scale", () => store.Write(() => { }), null),
        ]);
    }

    static void Time(TextWriter output, string title, IReadOnlyList<(string What, Action Act, Action? Before)> probes)
    {
        var samples = probes.Select(_ => new List<double>()).ToList();
        var allocated = new long[probes.Count];
        for (var r = 0; r < Rounds + 20; r++)
        {
            for (var p = 0; p < probes.Count; p++)
            {
                probes[p].Before?.Invoke();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                probes[p].Act();
                if (r < 20) continue; // the first rounds warm up
                samples[p].Add(watch.Elapsed.TotalMicroseconds);
                allocated[p] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }
        output.WriteLine(title);
        for (var p = 0; p < probes.Count; p++)
            output.WriteLine($"  {probes[p].What,-50} {samples[p].Order().ElementAt(samples[p].Count / 2),8:0} µs {allocated[p] / Rounds / 1024.0,8:0.0} KB allocated");
    }
}
