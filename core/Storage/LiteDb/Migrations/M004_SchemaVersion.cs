using LiteDB;

namespace ChatAppraisal.Storage.LiteDb.Migrations;

/// <summary>
/// Version 4: the file says which schema it holds (the "schema" collection, written by <see cref="SchemaUpgrade"/>). The
/// documents themselves are as version 3 wrote them: the data seam changed the code around them, not their shape.
/// </summary>
public sealed class M004_SchemaVersion : Migration
{
    public override int Version => 4;
    public override string Description => "the file records its schema version";

    public override void Up(LiteDatabase db)
    {
    }
}
