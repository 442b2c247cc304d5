using ChatAppraisal.Storage.LiteDb;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using LiteDB;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmark 1: answers through the dialog engine with LiteDB persistence (score, audit entry, conversation state and
/// update id in one transaction) against the storage floor: the same four documents written with raw LiteDB calls,
/// one transaction each (and, stricter, the four in one transaction). A round is 8 examiners each answering the 17
/// items of 党建工作, interleaved.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 5, iterationCount: 40)]
public class AnswerBenchmarks
{
    const int Examiners = 8, Items = 17, Answers = Examiners * Items;

    BenchmarkDatabase _db = null!;
    ExaminerDesk _desk = null!;
    IReadOnlyList<ExaminerSeat> _seats = [];
    PeriodView _period = null!;
    ILiteCollection<ConversationDoc> _floorConversations = null!;
    ILiteCollection<ProcessedUpdateDoc> _floorProcessed = null!;
    ConversationDoc[] _floorDocs = [];
    int[] _floorVillages = [];
    int _engineRound, _floorRound;
    long _updateId = 1_000_000;

    /// <summary>
    /// Villages in the file besides the floor's 8: the examiners' 8 (empty) and Villages − 8 fully scored ones. 8 is the
    /// township; at 1,000 the answer's cost must not grow with the file.
    /// </summary>
    [Params(8, 1000)]
    [QuickParams(8)]
    public int Villages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Examiners on the first 8 villages, the floor on the next 8, both unscored; every other village fully scored.
        _db = BenchmarkDatabase.Create(Villages + Examiners, unscored: 2 * Examiners);
        _desk = new ExaminerDesk(_db.Store);
        _period = _db.Periods.Active();
        var users = Enumerable.Range(1, Examiners).Select(i => new ChatUser("bench", $"{i}", $"考核员{i}")).ToList();
        _seats = _desk.Seat(users, _db.Villages.Take(Examiners).ToList());
        // The floor writes to villages of its own, with conversation documents like the engine's (same session, prompt, buttons).
        _floorVillages = _db.Villages.Skip(Examiners).Take(Examiners).Select(v => v.Id).ToArray();
        _floorConversations = _db.Store.LiteDatabase().GetCollection<ConversationDoc>("conversations");
        _floorProcessed = _db.Store.LiteDatabase().GetCollection<ProcessedUpdateDoc>("processed_updates");
        _floorDocs = _seats.Select((s, i) =>
        {
            var doc = _db.Store.LiteDatabase().Mapper.ToObject<ConversationDoc>(s.Conversation);
            doc.Id = $"floor:{i}";
            return doc;
        }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _desk.Dispose();
        _db.Dispose();
    }

    /// <summary>Everyone back at the first item (not timed).</summary>
    [IterationSetup]
    public void Reset() => _desk.Reset(_seats);

    /// <summary>
    /// The issue's floor: each of the answer's four documents upserted in a transaction of its own (as TECH-NOTES measures
    /// LiteDB: "single-document upserts, one transaction each").
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Answers)]
    public void Floor() => WriteFloor(_floorRound++, together: false);

    /// <summary>The stricter floor: the same four documents in one transaction per answer, as the engine writes them.</summary>
    [Benchmark(OperationsPerInvoke = Answers)]
    public void FloorOneTransaction() => WriteFloor(_floorRound++, together: true);

    void WriteFloor(int round, bool together)
    {
        var store = _db.Store;
        var items = _period.Rubric.Categories[ExaminerDesk.Category].Items;
        var actor = new Actor(1, "考核员", "bench");
        for (var item = 0; item < Items; item++)
        {
            for (var e = 0; e < Examiners; e++)
            {
                var village = _floorVillages[e];
                var value = ExaminerDesk.Answer(items[item].Max, round);
                var old = round == 0 ? (decimal?)null : ExaminerDesk.Answer(items[item].Max, round - 1);
                var now = DateTime.UtcNow;
                var conversation = _floorDocs[e];
                conversation.ButtonGeneration++;
                conversation.UpdatedAt = now;
                var score = new ItemScoreDoc
                {
                    Id = ItemScoreDoc.Key(_period.Id, village, ExaminerDesk.Category, item), PeriodId = _period.Id, VillageId = village,
                    Category = ExaminerDesk.Category, Item = item, Value = value, MemberId = actor.MemberId, At = now, Channel = actor.Channel,
                };
                var entry = ScoreBook.Entry(actor, _period.Id, village, now, AuditActions.ScoreSet, ExaminerDesk.Category, item, old, value);
                var processed = new ProcessedUpdateDoc { Id = $"bench:floor{e}:{_updateId++}", At = now };
                if (together)
                {
                    store.Write(() =>
                    {
                        store.Scores.Items.Upsert(score);
                        store.Audit.Add(entry);
                        _floorConversations.Upsert(conversation);
                        _floorProcessed.Insert(processed);
                    });
                }
                else
                {
                    store.Write(() => store.Scores.Items.Upsert(score));
                    store.Write(() => store.Audit.Add(entry));
                    store.Write(() => _floorConversations.Upsert(conversation));
                    store.Write(() => _floorProcessed.Insert(processed));
                }
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Answers)]
    [AlsoCompareTo(nameof(FloorOneTransaction))]
    public void Engine()
    {
        var round = _engineRound++;
        var items = _period.Rubric.Categories[ExaminerDesk.Category].Items;
        for (var item = 0; item < Items; item++)
        {
            foreach (var seat in _seats)
            {
                var replies = _desk.Engine.HandleAsync(new ChatUpdate(seat.User, _updateId++, ExaminerDesk.Typed(ExaminerDesk.Answer(items[item].Max, round))))
                    .GetAwaiter().GetResult();
                if (replies.Count != 1) throw new InvalidOperationException($"Expected one prompt, got: {string.Join(" / ", replies)}");
            }
        }
    }
}
