using ChatAppraisal.Storage.LiteDb;
using LiteDB;

namespace ChatAppraisal.Tests.Storage;

/// <summary>
/// Closing a LiteDB file with a transaction still open elsewhere (what a test host's shutdown or a full disk's reopen can
/// meet) must not leave that transaction's finalizer armed: LiteDB 5.0.21's throws on the GC's thread and ends the process.
/// </summary>
public class EngineCloseTests
{
    [Fact]
    public void AWriteLeftOpenOnAnotherThreadIsDisarmedAndTheFileReopensWithoutIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "appraisal.db");
        try
        {
            var db = LiteDbEngine.OpenFile(path);
            db.GetCollection("kept").Insert(new BsonDocument { ["_id"] = 1 });
            var writer = new Thread(() =>
            {
                db.BeginTrans();
                db.GetCollection("kept").Insert(new BsonDocument { ["_id"] = 2 });
            });
            writer.Start();
            writer.Join(); // the thread ends with its transaction open, as a request cut off mid-write would

            Assert.Equal(1, EngineClose.DisarmFinalizers(db)); // LiteDB's private fields were found, and the transaction in them
            try { EngineClose.Close(db); } catch (Exception) { /* LiteDB may complain about the lock the thread held */ }
            GC.Collect();
            GC.WaitForPendingFinalizers(); // a finalizer left armed would end this process here

            using var reopened = LiteDbEngine.OpenFile(path);
            Assert.Equal([1], reopened.GetCollection("kept").FindAll().Select(d => d["_id"].AsInt32).ToArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
