using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmark 7: an answer's transaction (its score, audit entry, conversation and update id, as the engine writes them,
/// through the stores) on PostgreSQL ÷ the same on the LiteDB file, side by side in one process. PostgreSQL is the server
/// of CHATAPPRAISAL_TEST_POSTGRES (a database made for the run and dropped after it).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class ProviderBenchmarks
{
    const int Answers = 100;

    string _folder = "";
    TestPostgres _database = null!;
    AppraisalStore _lite = null!, _postgres = null!;
    long _updateId;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _lite = new AppraisalStore(Path.Combine(_folder, "appraisal.db"));
        _database = new TestPostgres();
        _postgres = StorageProviders.OpenPostgres(_database.ConnectionString);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lite.Dispose();
        _postgres.Dispose();
        _database.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Answers)]
    public void LiteDb() => Answer(_lite);

    [Benchmark(OperationsPerInvoke = Answers)]
    public void Postgres() => Answer(_postgres);

    void Answer(AppraisalStore store)
    {
        for (var i = 0; i < Answers; i++)
        {
            var now = DateTime.UtcNow;
            var (village, item) = (i % 8 + 1, i % 17);
            store.Write(() =>
            {
                var old = store.Scores.Items.FindById(ItemScoreDoc.Key(1, village, 0, item))?.Value;
                store.Scores.Items.Upsert(new ItemScoreDoc
                {
                    Id = ItemScoreDoc.Key(1, village, 0, item), PeriodId = 1, VillageId = village, Item = item, Value = 1.5m, MemberId = 1, At = now, Channel = "bench",
                });
                store.Audit.Add(new AuditEntry { Action = "score.set", PeriodId = 1, VillageId = village, MemberId = 1, MemberName = "考核员", At = now, Item = item, Old = old, New = 1.5m });
                var conversation = store.Conversations.Conversations.FindById($"bench:{village}") ?? new ConversationDoc { Id = $"bench:{village}", Dialog = "score" };
                conversation.ButtonGeneration++;
                conversation.UpdatedAt = now;
                conversation.PromptText = $"第{item + 1}项";
                store.Conversations.Conversations.Upsert(conversation);
                store.Conversations.Processed.Insert(new ProcessedUpdateDoc { Id = $"bench:{village}:{++_updateId}", At = now });
            });
        }
    }
}
