using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// A LiteDB file in a temporary folder holding a period with <c>n</c> villages: every item scored, three leaders'
/// ratings each, a few villages left incomplete; written through the score book (audited) in one transaction.
/// </summary>
sealed class BenchmarkDatabase : IDisposable
{
    BenchmarkDatabase(string folder)
    {
        Folder = folder;
        Store = new AppraisalStore(Path.Combine(folder, "appraisal.db"));
        Periods = new Periods(Store);
        Standings = new StandingsQuery(Store, TimeProvider.System);
    }

    public string Folder { get; }
    public AppraisalStore Store { get; }
    public Periods Periods { get; }
    public StandingsQuery Standings { get; }

    public static BenchmarkDatabase Create(int villages, int seed = 7)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = new BenchmarkDatabase(folder);
        var clock = TimeProvider.System;
        new DatabaseSetup(db.Store, db.Periods, clock).EnsureInitialized("2017年度");
        var period = db.Periods.Active();
        var book = new ScoreBook(db.Store, clock);
        var members = new Members.MemberDirectory(db.Store, clock);
        var examiner = members.Add("柴守齐", [Role.Examiner]);
        var leaders = new[] { "苏虎林", "郑亚娜", "李建平" }.Select(n => members.Add(n, [Role.Leader])).ToList();
        var random = new Random(seed);
        db.Store.Write(() =>
        {
            for (var v = 0; v < villages; v++)
            {
                var village = new VillageDoc { Name = $"{Prefix[v % Prefix.Length]}{Suffix[v / Prefix.Length % Suffix.Length]}{v / (Prefix.Length * Suffix.Length) + 1}村", CreatedAt = DateTime.UtcNow };
                db.Store.Villages.Insert(village);
                var actor = new Actor(examiner.Id, examiner.Name, "bench");
                for (var c = 0; c < period.Rubric.Categories.Count; c++)
                {
                    var items = period.Rubric.Categories[c].Items;
                    var values = items.Select((item, i) => (i, (decimal?)Math.Max(0, item.Max - random.Next(0, 3))))
                        .Where(_ => v % 10 != 9 || random.Next(0, 4) > 0)   // every tenth village misses some items
                        .ToList();
                    book.SetItems(actor, period, village.Id, c, values);
                }
                foreach (var leader in leaders)
                    book.SetRating(new Actor(leader.Id, leader.Name, "bench"), period, village.Id,
                        period.Rubric.Categories.Select(cat => Math.Max(0, cat.LeaderCap - random.Next(0, 2))).ToList());
            }
        });
        return db;
    }

    static readonly string[] Prefix = ["新", "马", "红", "杨", "上", "下", "东", "西", "南", "北"];
    static readonly string[] Suffix = ["庄", "家河", "星", "湾", "岔", "沟"];

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
