namespace ChatAppraisal.Storage.LiteDb.Migrations;

/// <summary>Every step, in order; the last one's version is the schema this program writes. A new step is one file and one line here.</summary>
public static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new M004_SchemaVersion(),
        new M005_Towns(),
        new M006_HashStoredSecrets(),
    ];
}
