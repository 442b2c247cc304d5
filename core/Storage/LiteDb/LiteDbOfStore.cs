using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>The LiteDB file under a store, for tests and tools that look at the file itself (raw collections, every document).</summary>
public static class LiteDbOfStore
{
    public static LiteDatabase LiteDatabase(this AppraisalStore store) =>
        store.Engine is LiteDbEngine engine ? engine.Database : throw new InvalidOperationException("This store is not on a LiteDB file.");
}
