using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Evidence;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Storage.Upgrades;

/// <summary>
/// The database files of the previous release (schema version 3), kept in <c>Storage/Fixtures/v3</c> with their facts.
/// They were written by the release before the data seam with <c>CHATAPPRAISAL_WRITE_FIXTURES=1 dotnet test --filter
/// PreviousReleaseFixtures</c>; run it again only on a release's own code, to add that release's files.
/// </summary>
public class PreviousReleaseFixtures
{
    public const int Version = 3;
    public static readonly string[] Names = ["scores-and-seals", "ballots", "attachments", "schedule", "webchat"];

    public static string Folder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here))!, "Fixtures", $"v{Version}");

    /// <summary>Where the test run finds them (copied beside the test assembly).</summary>
    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", $"v{Version}");

    static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Unpacks a fixture to <paramref name="path"/>, to be opened there (opening upgrades it).</summary>
    public static string Unpack(string name, string path)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(OutputFolder, name + ".db.gz")), CompressionMode.Decompress);
        using var target = File.Create(path);
        gzip.CopyTo(target);
        return path;
    }

    public static DatabaseFacts Facts(string name) =>
        JsonSerializer.Deserialize<DatabaseFacts>(File.ReadAllText(Path.Combine(OutputFolder, name + ".facts.json")), Json)!;

    [Fact]
    public async Task EachFixtureHasItsFactsAndIsSmall()
    {
        if (Environment.GetEnvironmentVariable("CHATAPPRAISAL_WRITE_FIXTURES") == "1")
            foreach (var name in Names) await Write(name);
        long total = 0;
        foreach (var name in Names)
        {
            var db = Path.Combine(OutputFolder, name + ".db.gz");
            Assert.True(File.Exists(db), $"{db} is missing");
            Assert.NotEmpty(Facts(name).Ranking);
            total += new FileInfo(db).Length;
        }
        Assert.InRange(total, 1, 300 * 1024);
    }

    static readonly Actor Setup = new(0, "test", "test");

    static async Task Write(string name)
    {
        var path = BotApp.NewDatabasePath();
        var app = new WebBotApp(path);
        DatabaseFacts facts;
        try
        {
            app.StartServer();
            var s = app.Services;
            Fill(name, s);
            facts = DatabaseFacts.Read(s);
        }
        finally
        {
            await app.DisposeAsync();
        }
        // A rebuilt copy (LiteDB shrinks it) without the log file, as a release's stopped process leaves it, gzipped: a
        // LiteDB file is mostly empty 8 KB pages, 600 KB each, 10–25 KB compressed.
        var rebuilt = Path.Combine(Path.GetDirectoryName(path)!, "fixture.db");
        File.Copy(path, rebuilt);
        using (var db = new LiteDB.LiteDatabase($"Filename={rebuilt};Connection=direct")) db.Rebuild();
        Directory.CreateDirectory(Folder());
        using (var source = File.OpenRead(rebuilt))
        using (var gzip = new GZipStream(File.Create(Path.Combine(Folder(), name + ".db.gz")), CompressionLevel.SmallestSize))
            source.CopyTo(gzip);
        File.WriteAllText(Path.Combine(Folder(), name + ".facts.json"), JsonSerializer.Serialize(facts, Json), Encoding.UTF8);
        Directory.CreateDirectory(OutputFolder);
        foreach (var file in new[] { name + ".db.gz", name + ".facts.json" }) File.Copy(Path.Combine(Folder(), file), Path.Combine(OutputFolder, file), overwrite: true);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    static void Fill(string name, IServiceProvider s)
    {
        var period = s.GetRequiredService<Periods>().Active();
        var roster = s.GetRequiredService<VillageRoster>();
        var members = s.GetRequiredService<MemberDirectory>();
        var book = s.GetRequiredService<ScoreBook>();
        var examiner = members.Add("张考核", [Role.Examiner, Role.GroupLeader]);
        var actor = new Actor(examiner.Id, examiner.Name, "web");
        var xinzhuang = roster.Add(Setup, "新庄村").Village!;
        var dongwan = roster.Add(Setup, "东湾村").Village!;
        // Every file ranks something: a few items of 东湾村.
        Assert.True(book.SetItems(actor, period, dongwan.Id, 0, [(0, 15m), (1, 4.5m)]).Ok);
        switch (name)
        {
            case "scores-and-seals":
                foreach (var category in Scenario.WorkedExampleItems().GroupBy(kv => kv.Key.Item1))
                    Assert.True(book.SetItems(actor, period, xinzhuang.Id, category.Key, category.Select(kv => (kv.Key.Item2, (decimal?)kv.Value)).ToList()).Ok);
                foreach (var (leaderName, total) in new[] { ("甲领导", 90m), ("乙领导", 85m), ("丙领导", 95m) })
                {
                    var leader = members.Add(leaderName, [Role.Leader]);
                    Assert.True(book.SetRating(new Actor(leader.Id, leader.Name, "telegram"), period, xinzhuang.Id, Scenario.RatingsWithTotal(total)).Ok);
                }
                Assert.True(book.SetItem(actor, period, dongwan.Id, 0, 1, null).Ok);
                Assert.Equal(SealRefusal.None, s.GetRequiredService<Sheets>().Seal(actor, period, xinzhuang.Id));
                Assert.Equal(SealRefusal.None, s.GetRequiredService<Sheets>().Seal(actor, period, dongwan.Id));
                Assert.Equal(SealRefusal.None, s.GetRequiredService<Sheets>().Unseal(actor, period, dongwan.Id, "补录"));
                break;
            case "ballots":
                var ballots = s.GetRequiredService<BallotBook>();
                var opened = ballots.Open(actor, period, xinzhuang.Id, 6);
                Assert.True(opened.Ok);
                var codes = opened.NewCodes!;
                Assert.Equal(VoteOutcome.Counted, ballots.Vote(codes[0], BallotGrade.Good));
                Assert.Equal(VoteOutcome.Counted, ballots.Vote(codes[1], BallotGrade.Good));
                Assert.Equal(VoteOutcome.Counted, ballots.Vote(codes[2], BallotGrade.Fair));
                Assert.True(ballots.AddSlips(actor, opened.Ballot!.Id, 2).Ok);
                Assert.True(ballots.Close(actor, opened.Ballot!.Id).Ok);
                Assert.True(ballots.Open(actor, period, dongwan.Id, 3).Ok);
                break;
            case "attachments":
                var attachments = s.GetRequiredService<Attachments>();
                Assert.True(attachments.AddToItem(actor, period, xinzhuang.Id, 0, 0, new ChatFile("台账.jpg", "image/jpeg", EvidenceFiles.Jpeg(), IsPhoto: true)).Ok);
                Assert.True(attachments.AddToItem(actor, period, xinzhuang.Id, 2, 1, new ChatFile("名单.txt", "text/plain", Encoding.UTF8.GetBytes("花名册：张三、李四\r\n"))).Ok);
                Assert.True(attachments.AddPastedReport(actor, period, dongwan.Id, AttachmentKind.WrittenReport, "一、基本情况。二、存在问题。三、下步打算。", "书面汇报_东湾村.txt").Ok);
                var removed = attachments.AddToItem(actor, period, dongwan.Id, 0, 0, new ChatFile("错的.pdf", "application/pdf", EvidenceFiles.Pdf(1)));
                Assert.True(attachments.Remove(actor, removed.Attachment!.Id, "传错了").Ok);
                break;
            case "schedule":
                var schedule = s.GetRequiredService<VisitSchedule>();
                Assert.True(schedule.Set(actor, period.Id, xinzhuang.Id, new DateOnly(2018, 1, 16), new TimeOnly(9, 0), "村部会议室").Ok);
                Assert.True(schedule.Set(actor, period.Id, dongwan.Id, new DateOnly(2018, 1, 16), new TimeOnly(14, 30), null).Ok);
                Assert.Equal(SettingsRefusal.None, s.GetRequiredService<ReminderSettings>().Set(actor, period.Id, "07:45", "20:00", "2018-01-20"));
                break;
            case "webchat":
                var transcript = s.GetRequiredService<WebTranscript>();
                transcript.AddFromMember(DatabaseFacts.WebChats[0], "进度");
                transcript.Deliver(DatabaseFacts.WebChats[0], new TextReply("进度：新庄村 0/117", [[new Button("排名", "cmd:ranking")]]));
                transcript.AddFileFromMember(DatabaseFacts.WebChats[0], new ChatFile("台账.jpg", "image/jpeg", EvidenceFiles.Jpeg(), IsPhoto: true));
                transcript.Deliver(DatabaseFacts.WebChats[1], new DocumentReply(Encoding.UTF8.GetBytes("村,得分\n新庄村,0\n"), "排名.csv", "排名"));
                break;
        }
    }
}
