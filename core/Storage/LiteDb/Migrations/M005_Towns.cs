using LiteDB;

namespace ChatAppraisal.Storage.LiteDb.Migrations;

/// <summary>
/// Version 5: towns. Every record a town owns, and every chat account and invite, is put in the default town
/// (<see cref="TownScope.DefaultTownId"/>; the town itself is named at start from <c>Storage:DefaultTown</c>). Periods' and
/// villages' names become unique within a town instead of the whole file, so their unique indexes are replaced by plain ones
/// (made again at start).
/// </summary>
public sealed class M005_Towns : Migration
{
    public override int Version => 5;
    public override string Description => "every record is put in the default town";

    /// <summary>The collections that existed at version 4 and belong to a town (or, accounts, invites and slips, name one).</summary>
    static readonly string[] TownRecords =
    [
        "periods", "villages", "members", "accounts", "invites", "item_scores", "leader_ratings", "seals", "category_confirmations",
        "audit", "attachments", "ballots", "ballot_policies", "visits", "reminders_sent", "reminder_settings", "reminder_pauses",
        "ballot_slips",
    ];

    public override void Up(LiteDatabase db)
    {
        foreach (var name in TownRecords)
        {
            if (!db.CollectionExists(name)) continue;
            var docs = db.GetCollection(name);
            foreach (var doc in docs.FindAll().ToList())
            {
                doc["TownId"] = TownScope.DefaultTownId;
                docs.Update(doc);
            }
        }
        db.GetCollection("periods").DropIndex("Name");
        db.GetCollection("villages").DropIndex("Name");
    }
}
