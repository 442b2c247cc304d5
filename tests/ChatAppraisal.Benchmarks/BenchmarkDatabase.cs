using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// A LiteDB file in a temporary folder holding the seed rubric's period with <c>n</c> villages. Scored: every item
/// scored (every tenth village misses some) and every leader's ratings of every village, with one audit entry per score
/// and per rating, the documents <see cref="ScoreBook"/> writes, inserted in bulk so that 1,000 villages take seconds.
/// The first <c>unscored</c> villages have nothing entered yet, as before the examiners come.
/// </summary>
sealed class BenchmarkDatabase : IDisposable
{
    bool _closed;

    BenchmarkDatabase(string folder)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "appraisal.db");
        Store = new AppraisalStore(Path);
        Periods = new Periods(Store);
        Standings = new StandingsQuery(Store, TimeProvider.System);
        Members = new MemberDirectory(Store, TimeProvider.System);
    }

    public string Folder { get; }
    public string Path { get; }
    public AppraisalStore Store { get; }
    public Periods Periods { get; }
    public StandingsQuery Standings { get; }
    public MemberDirectory Members { get; }
    public IReadOnlyList<VillageDoc> Villages { get; private set; } = [];

    /// <summary>Decimals stored: item scores plus leaders' per-category ratings.</summary>
    public long Decimals { get; private set; }

    public static BenchmarkDatabase Create(int villages, int leaders = 3, int unscored = 0, int seed = 7)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatappraisal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = new BenchmarkDatabase(folder);
        new DatabaseSetup(db.Store, db.Periods, TimeProvider.System).EnsureInitialized("2017年度");
        var period = db.Periods.Active();
        var examiner = db.Members.Add("柴守齐", [Role.Examiner]);
        var raters = Enumerable.Range(0, leaders).Select(i => db.Members.Add(LeaderName(i), [Role.Leader])).ToList();
        var random = new Random(seed);
        var now = DateTime.UtcNow;
        db.Store.Write(() =>
        {
            var docs = Enumerable.Range(0, villages).Select(v => new VillageDoc { Name = VillageName(v), CreatedAt = now }).ToList();
            db.Store.Setup.Villages.InsertBulk(docs);
            db.Villages = docs;
            var scores = new List<ItemScoreDoc>();
            var ratings = new List<LeaderRatingDoc>();
            var audit = new List<AuditEntry>();
            foreach (var village in docs.Skip(unscored))
            {
                var incomplete = village.Id % 10 == 0; // every tenth village misses some items
                for (var c = 0; c < period.Rubric.Categories.Count; c++)
                {
                    var items = period.Rubric.Categories[c].Items;
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (incomplete && random.Next(0, 4) == 0) continue;
                        var value = Math.Max(0, items[i].Max - random.Next(0, 3));
                        scores.Add(new ItemScoreDoc
                        {
                            Id = ItemScoreDoc.Key(period.Id, village.Id, c, i), PeriodId = period.Id, VillageId = village.Id,
                            Category = c, Item = i, Value = value, MemberId = examiner.Id, At = now, Channel = "bench",
                        });
                        audit.Add(ScoreBook.Entry(new Actor(examiner.Id, examiner.Name, "bench"), period.Id, village.Id, now,
                            AuditActions.ScoreSet, c, i, null, value));
                    }
                }
                foreach (var leader in raters)
                {
                    var values = period.Rubric.Categories.Select(cat => Math.Max(0, cat.LeaderCap - random.Next(0, 2))).ToList();
                    ratings.Add(new LeaderRatingDoc
                    {
                        Id = LeaderRatingDoc.Key(period.Id, village.Id, leader.Id), PeriodId = period.Id, VillageId = village.Id,
                        MemberId = leader.Id, Values = values, At = now, Channel = "bench",
                    });
                    audit.Add(ScoreBook.Entry(new Actor(leader.Id, leader.Name, "bench"), period.Id, village.Id, now,
                        AuditActions.RatingSet, null, null, null, values.Sum(), string.Join(" ", values)));
                }
            }
            db.Store.Scores.Items.InsertBulk(scores);
            db.Store.Scores.Ratings.InsertBulk(ratings);
            db.Store.Audit.Entries.InsertBulk(audit);
            db.Decimals = scores.Count + ratings.Sum(r => (long)r.Values.Count);
        });
        db.Store.Checkpoint();
        return db;
    }

    /// <summary>Closes the file (checkpointed) so another process can open it; the folder stays until <see cref="Dispose"/>.</summary>
    public void Close()
    {
        if (_closed) return;
        _closed = true;
        Store.Dispose();
    }

    public void Dispose()
    {
        Close();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    // Names unique for any count: 新庄村, 马家河村, ... then 新庄村2, ...
    static string VillageName(int v) =>
        $"{Prefix[v % Prefix.Length]}{Suffix[v / Prefix.Length % Suffix.Length]}村{(v < Prefix.Length * Suffix.Length ? "" : (v / (Prefix.Length * Suffix.Length) + 1).ToString())}";

    static string LeaderName(int i) => i < Leaders.Length ? Leaders[i] : $"{Leaders[i % Leaders.Length]}{i / Leaders.Length + 1}";

    static readonly string[] Prefix = ["新", "马", "红", "杨", "上", "下", "东", "西", "南", "北"];
    static readonly string[] Suffix = ["庄", "家河", "星", "湾", "岔", "沟"];
    static readonly string[] Leaders = ["苏虎林", "郑亚娜", "李建平", "王海东", "刘玉兰"];
}
