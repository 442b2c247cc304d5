using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

/// <summary>Who changed what and when, for readers (the console's 日志, /api/audit): filtered, newest first, in pages.</summary>
public sealed class AuditLog(AppraisalStore store)
{
    /// <param name="From">Entries at or after (UTC).</param>
    /// <param name="Until">Entries before (UTC).</param>
    public sealed record Filter(int? VillageId = null, int? MemberId = null, DateTime? From = null, DateTime? Until = null);

    /// <summary>Page <paramref name="page"/> (from 1) of the matching entries and how many match in all.</summary>
    public DocPage<AuditEntry> Page(Filter filter, int page, int pageSize) => store.Read(() =>
        // In long: (page − 1) × pageSize overflows an int for a large page.
        store.Audit.Page(filter.VillageId, filter.MemberId, filter.From, filter.Until, (long)(page - 1) * pageSize, pageSize));

    /// <summary>Every entry, oldest first (the export, tests).</summary>
    public IReadOnlyList<AuditEntry> All() => store.Read(() => store.Audit.Entries.FindAll().ToList());
}
