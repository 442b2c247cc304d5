using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Storage.Upgrades;
using ChatAppraisal.Towns;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Towns;

/// <summary>A file of the release before towns opens as one town, the default one, holding every record; a new town sees none of them.</summary>
public class TownUpgradeTests
{
    static readonly string[] TownRecords =
    [
        "periods", "villages", "members", "accounts", "invites", "item_scores", "leader_ratings", "seals", "category_confirmations",
        "audit", "attachments", "ballots", "ballot_policies", "visits", "reminders_sent", "reminder_settings", "reminder_pauses",
    ];

    [Theory]
    [MemberData(nameof(UpgradeTests.Fixtures), MemberType = typeof(UpgradeTests))]
    public async Task AnOlderFileOpensAsTheDefaultTownWithEveryRecordInItAndANewTownSeesNoneOfThem(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = PreviousReleaseFixtures.Unpack(name, Path.Combine(folder, "appraisal.db"));
        var expected = PreviousReleaseFixtures.Facts(name);
        await using (var app = new WebBotApp(path))
        {
            app.StartServer();
            var towns = app.Services.GetRequiredService<TownList>();
            Assert.Equal(["新庄镇"], towns.All().Select(t => t.Name));
            Assert.False(towns.Several);

            var second = towns.Add("柳河镇").Town!;
            Assert.True(towns.Several);
            using (TownScope.Enter(second.Id))
            {
                var theirs = DatabaseFacts.Read(app.Services);
                Assert.Empty(theirs.Ranking);
                Assert.Empty(theirs.Sheets);
                Assert.Empty(theirs.Audit);
                Assert.Empty(theirs.Attachments);
                Assert.Empty(theirs.Ballots);
                Assert.Empty(theirs.Members);
                Assert.Single(theirs.Schedule); // the new period's default reminder times, nothing else
            }
            // The default town still holds every fact, with another town beside it.
            var ours = DatabaseFacts.Read(app.Services);
            Assert.Equal(expected.Ranking, ours.Ranking);
            Assert.Equal(expected.Sheets, ours.Sheets);
            Assert.Equal(expected.Audit, ours.Audit);
            Assert.Equal(expected.Members, ours.Members);
            Assert.Equal(expected.Ballots, ours.Ballots);
        }
        using var db = new LiteDatabase($"Filename={path};Connection=direct;ReadOnly=true");
        var records = 0;
        foreach (var collection in TownRecords.Where(db.CollectionExists))
            foreach (var doc in db.GetCollection(collection).FindAll())
            {
                records++;
                Assert.True(doc["TownId"].AsInt32 is TownScope.DefaultTownId or > TownScope.DefaultTownId, $"{collection} {doc["_id"]} has no town");
                if (collection is not ("periods" or "reminder_settings" or "ballot_policies")) Assert.Equal(TownScope.DefaultTownId, doc["TownId"].AsInt32);
            }
        Assert.True(records > 0);
    }
}
