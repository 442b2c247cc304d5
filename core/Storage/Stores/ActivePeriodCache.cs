using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Storage;

/// <summary>
/// Each town's active period, kept in memory until a period is written: an answer reads it several times, and it is the
/// largest document of all (the plan's whole rubric). What keeps it right:
/// <list type="bullet">
/// <item>every write of a period in this process (<see cref="SetupStore.Periods"/>) forgets it, and so does the end of the
/// transaction that wrote it, committed or rolled back; until then nothing is kept (that transaction's own reads see its
/// change, and another thread's read may meet the commit);</item>
/// <item>a read that a write overtook (the count of writes moved meanwhile) keeps nothing;</item>
/// <item>on a database several processes share (PostgreSQL) each use asks the stored version of the town's active period
/// first (its id and row version, one tiny query, <see cref="IDocs{T}.VersionOfFirst"/>): another process's rubric edit or
/// activation changes it;</item>
/// <item>one per town, read in the town's scope (<see cref="TownOwnedDocs{T}"/>);</item>
/// <item>handed out as a copy: a caller that changes what it got changes nothing kept.</item>
/// </list>
/// </summary>
public sealed class ActivePeriodCache
{
    readonly Lock _lock = new();
    readonly Dictionary<int, Kept> _byTown = [];
    long _writes;
    bool _transactionWrote;
    int _writesOutsideTransactions;

    sealed record Kept(PeriodDoc Doc, DocVersion? Version);

    /// <summary>The current town's active period (a copy), from memory when nothing has written a period since it was read.</summary>
    public PeriodDoc? Active(IDocs<PeriodDoc> periods, bool shared)
    {
        var town = TownScope.Current;
        long writes;
        Kept? kept;
        lock (_lock)
        {
            writes = _writes;
            kept = Writing ? null : _byTown.GetValueOrDefault(town);
        }
        // Asked before the document is read: a write landing in between leaves a version older than the document, which
        // the next use finds changed (read again), never the reverse.
        var version = shared ? periods.VersionOfFirst(p => p.Active) : null;
        if (kept is not null && (!shared || kept.Version == version)) return kept.Doc.Copy();
        var doc = periods.FindOne(p => p.Active);
        if (doc is null || shared && version?.Id != doc.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) return doc;
        lock (_lock)
        {
            if (!Writing && _writes == writes) _byTown[town] = new Kept(doc.Copy(), version);
        }
        return doc;
    }

    bool Writing => _transactionWrote || _writesOutsideTransactions > 0;

    /// <summary>A period is being written in this process's transaction: forget, keep nothing until the transaction ends.</summary>
    internal void WrittenInTransaction()
    {
        lock (_lock)
        {
            _transactionWrote = true;
            Forget();
        }
    }

    /// <summary>The transaction ended (committed or rolled back); if it wrote a period, what was read meanwhile is not kept.</summary>
    internal void TransactionEnded()
    {
        lock (_lock)
        {
            if (!_transactionWrote) return;
            _transactionWrote = false;
            Forget();
        }
    }

    /// <summary>A period written by a call of its own (outside <see cref="AppraisalStore.Write{T}"/>, committed at once).</summary>
    internal T WriteOutsideTransaction<T>(Func<T> write)
    {
        lock (_lock)
        {
            _writesOutsideTransactions++;
            Forget();
        }
        try
        {
            return write();
        }
        finally
        {
            lock (_lock)
            {
                _writesOutsideTransactions--;
                Forget();
            }
        }
    }

    /// <summary>Everything kept is forgotten (the database was reopened).</summary>
    internal void Clear()
    {
        lock (_lock) Forget();
    }

    void Forget()
    {
        _writes++;
        _byTown.Clear();
    }
}
