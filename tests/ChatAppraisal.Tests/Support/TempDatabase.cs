using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ChatAppraisal.Tests.Support;

/// <summary>A real LiteDB file in its own temporary folder, deleted afterwards; tests never share one.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "appraisal.db");
        Open();
    }

    public string Folder { get; }
    public string FilePath { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2018, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
    public AppraisalStore Store { get; private set; } = null!;
    public Periods Periods { get; private set; } = null!;
    public ScoreBook ScoreBook { get; private set; } = null!;
    public MemberDirectory Members { get; private set; } = null!;
    public StandingsQuery Standings { get; private set; } = null!;

    /// <summary>Closes and opens the same file again, as a restart would.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Open();
    }

    void Open()
    {
        Store = new AppraisalStore(FilePath);
        Periods = new Periods(Store);
        ScoreBook = new ScoreBook(Store, Clock);
        Members = new MemberDirectory(Store, Clock);
        Standings = new StandingsQuery(Store, Clock);
        new DatabaseSetup(Store, Periods, Clock).EnsureInitialized("2017年度");
    }

    public VillageDoc AddVillage(string name)
    {
        var village = new VillageDoc { Name = name, CreatedAt = Clock.GetUtcNow().UtcDateTime };
        Store.Setup.Villages.Insert(village);
        return village;
    }

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
