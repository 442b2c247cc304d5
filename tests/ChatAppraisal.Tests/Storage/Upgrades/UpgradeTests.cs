using System.Security.Cryptography;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Tests.Hosting;
using LiteDB;

namespace ChatAppraisal.Tests.Storage.Upgrades;

/// <summary>Files of the previous release open with every fact intact; a failed upgrade leaves the file alone; a newer file is refused.</summary>
public class UpgradeTests
{
    static readonly int Current = SchemaUpgrade.Current(ChatAppraisal.Storage.LiteDb.Migrations.Migrations.All);

    static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task AFileOfThePreviousReleaseOpensWithEveryFactIntactAndItsCopyKept(string name)
    {
        var path = PreviousReleaseFixtures.Unpack(name, Path.Combine(NewFolder(), "appraisal.db"));
        var original = SHA256.HashData(File.ReadAllBytes(path));
        await using (var app = new WebBotApp(path))
        {
            app.StartServer();
            var expected = PreviousReleaseFixtures.Facts(name);
            var actual = DatabaseFacts.Read(app.Services);
            Assert.Equal(expected.Ranking, actual.Ranking);
            Assert.Equal(expected.Sheets, actual.Sheets);
            Assert.Equal(expected.Audit, actual.Audit);
            Assert.Equal(expected.Attachments, actual.Attachments);
            Assert.Equal(expected.Ballots, actual.Ballots);
            Assert.Equal(expected.Schedule, actual.Schedule);
            Assert.Equal(expected.Members, actual.Members);
            Assert.Equal(expected.Transcript, actual.Transcript);
            Assert.Contains(app.Logs.Entries.Select(e => e.Message), m => m.Contains($"from schema version {PreviousReleaseFixtures.Version} to {Current}", StringComparison.Ordinal));
        }
        var backup = path + $".v{PreviousReleaseFixtures.Version}.bak";
        Assert.Equal(original, SHA256.HashData(File.ReadAllBytes(backup)));
        using var db = new LiteDatabase($"Filename={path};Connection=direct;ReadOnly=true");
        Assert.Equal(Current, SchemaUpgrade.Read(db));
    }

    public static TheoryData<string> Fixtures() => new(PreviousReleaseFixtures.Names);

    [Fact]
    public void AMigrationThatFailsHalfWayLeavesTheOriginalFileByteForByteAndStopsWithASentence()
    {
        var path = PreviousReleaseFixtures.Unpack("scores-and-seals", Path.Combine(NewFolder(), "appraisal.db"));
        var before = File.ReadAllBytes(path);
        Migration[] steps = [.. ChatAppraisal.Storage.LiteDb.Migrations.Migrations.All, new RenamesVillagesThenFails()];

        var e = Assert.Throws<DatabaseVersionException>(() => LiteDbEngine.Open(path, out _, steps).Dispose());

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Contains("from schema version 3 to 99 failed at step 99 (renames every village, then fails)", e.Message);
        Assert.Contains("The file is unchanged", e.Message);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "appraisal.upgrading.db")));
        // And the release's own steps still open it afterwards.
        using var store = new AppraisalStore(path);
        Assert.Equal(["新庄村", "东湾村"], store.Setup.Villages.FindAll().Select(v => v.Name));
    }

    [Fact]
    public void AMigrationStepChangesDocumentsInsideTheUpgrade()
    {
        var path = PreviousReleaseFixtures.Unpack("scores-and-seals", Path.Combine(NewFolder(), "appraisal.db"));
        Migration[] steps = [.. ChatAppraisal.Storage.LiteDb.Migrations.Migrations.All, new MarksVillages()];

        using (var engine = LiteDbEngine.Open(path, out var report, steps))
        {
            Assert.Equal((3, 99), (report!.From, report.To));
            Assert.Contains("99: marks villages", report.Steps);
        }
        using var db = new LiteDatabase($"Filename={path};Connection=direct");
        Assert.All(db.GetCollection("villages").FindAll(), v => Assert.True(v["Marked"].AsBoolean));
        Assert.Equal(99, SchemaUpgrade.Read(db));
    }

    [Fact]
    public void AnOlderProgramRefusesANewerFileNamingBothVersions()
    {
        var path = Path.Combine(NewFolder(), "appraisal.db");
        using (var db = new LiteDatabase($"Filename={path};Connection=direct")) SchemaUpgrade.Write(db, Current + 1);

        var e = Assert.Throws<DatabaseVersionException>(() => new AppraisalStore(path));

        Assert.Contains($"has schema version {Current + 1}", e.Message);
        Assert.Contains($"reads schema version {Current} and older", e.Message);
        using var reopened = new LiteDatabase($"Filename={path};Connection=direct");
        Assert.Equal(Current + 1, SchemaUpgrade.Read(reopened));
    }

    [Fact]
    public void ANewFileGetsTheCurrentSchemaWithoutAnUpgrade()
    {
        var path = Path.Combine(NewFolder(), "appraisal.db");
        using (var store = new AppraisalStore(path))
            Assert.Null(store.Upgrade!.From);
        using (var again = new AppraisalStore(path))
            Assert.Null(again.Upgrade);
        Assert.False(File.Exists(path + ".v3.bak"));
        using var db = new LiteDatabase($"Filename={path};Connection=direct;ReadOnly=true");
        Assert.Equal(Current, SchemaUpgrade.Read(db));
    }

    sealed class RenamesVillagesThenFails : Migration
    {
        public override int Version => 99;
        public override string Description => "renames every village, then fails";

        public override void Up(LiteDatabase db)
        {
            var villages = db.GetCollection("villages");
            foreach (var v in villages.FindAll().ToList())
            {
                v["Name"] = "改名" + v["Name"].AsString;
                villages.Update(v);
            }
            throw new InvalidOperationException("The test step fails here.");
        }
    }

    sealed class MarksVillages : Migration
    {
        public override int Version => 99;
        public override string Description => "marks villages";

        public override void Up(LiteDatabase db)
        {
            var villages = db.GetCollection("villages");
            foreach (var v in villages.FindAll().ToList())
            {
                v["Marked"] = true;
                villages.Update(v);
            }
        }
    }
}
