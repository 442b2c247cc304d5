using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Export;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Publication;

/// <summary>整改清单: each village's deductions with their reasons and the objections' outcomes, as an .xlsx; sent to the villages when final.</summary>
public sealed class Rectification(AppraisalStore store, Periods periods, VillageResults results, IMemberNotifier notifier)
{
    public const string Kind = "publication.rectification";

    public IReadOnlyList<RectificationList> Lists(PeriodView period)
    {
        var objections = store.Publication.Objections.Find(o => o.PeriodId == period.Id).OrderBy(o => o.Id).ToLookup(o => o.VillageId);
        return results.All(period).OrderBy(r => r.VillageId).Select(r => new RectificationList(r, objections[r.VillageId].ToList())).ToList();
    }

    /// <summary>Every village's list in one workbook, a sheet each (what the office downloads).</summary>
    public byte[] Workbook(PeriodView period) => RectificationWorkbook.Write(Lists(period));

    /// <summary>One village's list; null for a village that is not there.</summary>
    public byte[]? Workbook(PeriodView period, int villageId) =>
        Lists(period).FirstOrDefault(l => l.Result.VillageId == villageId) is { } list ? RectificationWorkbook.Write([list]) : null;

    /// <summary>Inside the transaction that makes the results final: each village's officials get its list as a message and the .xlsx.</summary>
    public void TellVillages(int periodId)
    {
        if (periods.Find(periodId) is not { } period) return;
        var members = store.Roster.Members.FindAll().Where(m => m.Holds(Role.Village)).OrderBy(m => m.Id).ToList();
        foreach (var list in Lists(period))
        {
            var officials = members.Where(m => m.VillageId == list.Result.VillageId).ToList();
            if (officials.Count == 0) continue;
            var workbook = RectificationWorkbook.Write([list]);
            foreach (var member in officials)
                notifier.Notify(member.Id, t => [new TextReply(t.RectificationMessage(list)), new DocumentReply(workbook, RectificationWorkbook.FileNameOf(list.Result.Village))], Kind);
        }
    }
}
