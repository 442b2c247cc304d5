using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// One numbered step from schema version <see cref="Version"/> − 1 to <see cref="Version"/>, one file each in
/// Migrations/ (M004_…). Steps run in order, all in one transaction on a working copy of the file (<see cref="SchemaUpgrade"/>).
/// </summary>
public abstract class Migration
{
    public abstract int Version { get; }

    /// <summary>What the step does, for the log.</summary>
    public abstract string Description { get; }

    /// <summary>Changes the documents; inside the upgrade's transaction, so no pragma and no checkpoint here.</summary>
    public abstract void Up(LiteDatabase db);
}
