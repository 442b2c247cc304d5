using System.Collections;
using System.Reflection;
using LiteDB;
using LiteDB.Engine;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// Closes a LiteDB file whatever its open transactions are doing. LiteDB 5.0.21 keeps a transaction's finalizer armed
/// until its Dispose completes; when the engine closes under a running operation (the gate's drain timed out on a
/// loaded machine), that Dispose throws "discarded page must be writable", and the finalizer throws the same later on
/// the GC's thread, which ends the whole process. The transactions die with their engine, so their finalizers are
/// disarmed around the close.
/// </summary>
static class EngineClose
{
    const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;
    static readonly FieldInfo EngineField = typeof(LiteDatabase).GetField("_engine", Private)
        ?? throw new MissingFieldException(nameof(LiteDatabase), "_engine");
    static readonly FieldInfo MonitorField = typeof(LiteEngine).GetField("_monitor", Private)
        ?? throw new MissingFieldException(nameof(LiteEngine), "_monitor");
    static readonly FieldInfo TransactionsField = MonitorField.FieldType.GetField("_transactions", Private)
        ?? throw new MissingFieldException(MonitorField.FieldType.Name, "_transactions");

    public static void Close(LiteDatabase db)
    {
        DisarmFinalizers(db);
        try
        {
            db.Dispose();
        }
        finally
        {
            DisarmFinalizers(db); // those a failed dispose left behind, and any begun during it
        }
    }

    /// <summary>Takes the open transactions of <paramref name="db"/> off the finalizer queue; returns how many.</summary>
    internal static int DisarmFinalizers(LiteDatabase db)
    {
        if (EngineField.GetValue(db) is not LiteEngine engine || MonitorField.GetValue(engine) is not { } monitor
            || TransactionsField.GetValue(monitor) is not IDictionary transactions)
            return 0;
        object[] open;
        lock (transactions) // LiteDB's own lock for this dictionary
        {
            open = new object[transactions.Count];
            transactions.Values.CopyTo(open, 0);
        }
        foreach (var transaction in open) GC.SuppressFinalize(transaction);
        return open.Length;
    }
}
