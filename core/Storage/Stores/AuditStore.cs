using System.Linq.Expressions;

namespace ChatAppraisal.Storage;

/// <summary>The audit trail: appended in the transaction of the change it records, read newest first in pages.</summary>
public sealed class AuditStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<AuditEntry> EntriesCollection = new Collection<AuditEntry>("audit", a => a.VillageId, a => a.MemberId, a => a.At).OwnedByTown();

    public IDocs<AuditEntry> Entries => engine.Docs(EntriesCollection);

    public void Add(AuditEntry entry) => Entries.Insert(entry);

    /// <summary>Entries matching every filter given (null: any), newest first.</summary>
    public DocPage<AuditEntry> Page(int? villageId, int? memberId, DateTime? from, DateTime? until, long skip, int take)
    {
        Expression<Func<AuditEntry, bool>>? where = null;
        if (villageId is { } v) where = Translatable.And(where, a => a.VillageId == v);
        if (memberId is { } m) where = Translatable.And(where, a => a.MemberId == m);
        if (from is { } f) where = Translatable.And(where, a => a.At >= f);
        if (until is { } u) where = Translatable.And(where, a => a.At < u);
        return Entries.Page(where, newestFirst: true, skip, take);
    }

    public void Prepare() => engine.Prepare(EntriesCollection);
}
