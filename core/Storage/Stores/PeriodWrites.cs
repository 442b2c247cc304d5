using System.Linq.Expressions;
using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Storage;

/// <summary>The periods' collection, telling the kept active period (<see cref="ActivePeriodCache"/>) of every write before it is made.</summary>
sealed class PeriodWrites(IDocs<PeriodDoc> docs, ActivePeriodCache activePeriods, Func<bool> inTransaction) : IDocs<PeriodDoc>
{
    public Collection<PeriodDoc> Collection => docs.Collection;

    public PeriodDoc? FindById(object id) => docs.FindById(id);
    public IEnumerable<PeriodDoc> FindAll() => docs.FindAll();
    public IEnumerable<PeriodDoc> Find(Expression<Func<PeriodDoc, bool>> where) => docs.Find(where);
    public PeriodDoc? FindOne(Expression<Func<PeriodDoc, bool>> where) => docs.FindOne(where);
    public IEnumerable<PeriodDoc> FindByIdPrefix(string prefix) => docs.FindByIdPrefix(prefix);
    public DocPage<PeriodDoc> Page(Expression<Func<PeriodDoc, bool>>? where, bool newestFirst, long skip, int take) => docs.Page(where, newestFirst, skip, take);
    public IReadOnlyList<PeriodDoc> Take(Expression<Func<PeriodDoc, bool>>? where, bool newestFirst, int take) => docs.Take(where, newestFirst, take);
    public int Count(Expression<Func<PeriodDoc, bool>>? where = null) => docs.Count(where);
    public DocVersion? VersionOfFirst(Expression<Func<PeriodDoc, bool>> where) => docs.VersionOfFirst(where);

    public void Insert(PeriodDoc doc) => Written(() => { docs.Insert(doc); return true; });
    public int InsertBulk(IEnumerable<PeriodDoc> many) => Written(() => docs.InsertBulk(many));
    public bool Update(PeriodDoc doc) => Written(() => docs.Update(doc));
    public bool Upsert(PeriodDoc doc) => Written(() => docs.Upsert(doc));
    public bool Delete(object id) => Written(() => docs.Delete(id));
    public int DeleteMany(Expression<Func<PeriodDoc, bool>> where) => Written(() => docs.DeleteMany(where));

    T Written<T>(Func<T> write)
    {
        if (!inTransaction()) return activePeriods.WriteOutsideTransaction(write);
        activePeriods.WrittenInTransaction();
        return write();
    }
}
