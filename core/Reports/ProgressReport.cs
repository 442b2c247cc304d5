using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Reports;

/// <param name="Seal">The seal with its fingerprint checked now; null when not sealed.</param>
public sealed record VillageProgress(int VillageId, string Village, int ItemsScored, int ItemCount, SheetSeal? Seal, int LeadersRated, int LeadersExpected)
{
    public int ItemsMissing => ItemCount - ItemsScored;
}

/// <summary>A category an examiner has started in an unsealed village that is not fully scored yet.</summary>
public sealed record UnfinishedCategory(int VillageId, string Village, int Category, string Name, int ItemsScored, int ItemCount);

/// <param name="ItemsEntered">Item scores this examiner entered last, in the period.</param>
public sealed record ExaminerProgress(int MemberId, string Name, int ItemsEntered, IReadOnlyList<UnfinishedCategory> Unfinished);

public sealed record LeaderProgress(int MemberId, string Name, int Rated, IReadOnlyList<string> Missing);

/// <summary>/progress: where the appraisal stands, village by village and person by person.</summary>
public sealed record ProgressReport(
    string Period,
    DateTime At,
    IReadOnlyList<VillageProgress> Villages,
    IReadOnlyList<ExaminerProgress> Examiners,
    IReadOnlyList<LeaderProgress> Leaders)
{
    public int ItemsScored => Villages.Sum(v => v.ItemsScored);
    public int ItemsTotal => Villages.Sum(v => v.ItemCount);
    public int SealedCount => Villages.Count(v => v.Seal is not null);
    public int RatingsGiven => Villages.Sum(v => v.LeadersRated);
    public int RatingsExpected => Villages.Sum(v => v.LeadersExpected);
    public IReadOnlyList<string> Unsealed => Villages.Where(v => v.Seal is null).Select(v => v.Village).ToList();
}

/// <summary>
/// Builds the progress report. Item and rating counts come from the same standings the ranking uses.
/// Examiners are not assigned to villages, so what an examiner "owes" is what they started and left
/// unfinished: categories of unsealed villages where they entered an item while other items are still empty.
/// </summary>
public sealed class ProgressQuery(AppraisalStore store, StandingsQuery standings, Sheets sheets)
{
    public ProgressReport Build(PeriodView period)
    {
        var computed = standings.Compute(period);
        var results = computed.Ranking.Select(r => r.Result).OrderBy(r => r.VillageId).ToList();
        var sealedIds = store.Scores.Seals.Find(s => s.PeriodId == period.Id).Select(s => s.VillageId).ToHashSet();

        var villages = results.Select(r => new VillageProgress(
            r.VillageId, r.Village, r.ItemsScored, r.ItemsTotal,
            sealedIds.Contains(r.VillageId) ? sheets.Load(period, r.VillageId)?.Seal : null,
            r.LeadersRated, r.LeadersExpected)).ToList();

        var members = store.Roster.Members.FindAll().Where(m => !m.Removed).OrderBy(m => m.Id).ToList();
        var scores = store.Scores.Items.Find(s => s.PeriodId == period.Id).ToList();
        var examiners = members.Where(m => m.Roles.Contains(Role.Examiner))
            .Select(m => Examiner(m, scores, results, sealedIds)).ToList();

        var ratings = store.Scores.Ratings.Find(r => r.PeriodId == period.Id).ToLookup(r => r.MemberId);
        var leaders = members.Where(m => m.Roles.Contains(Role.Leader)).Select(m =>
        {
            var rated = ratings[m.Id].Select(r => r.VillageId).ToHashSet();
            return new LeaderProgress(m.Id, m.Name, results.Count(r => rated.Contains(r.VillageId)),
                results.Where(r => !rated.Contains(r.VillageId)).Select(r => r.Village).ToList());
        }).ToList();

        return new ProgressReport(period.Name, computed.ComputedAt, villages, examiners, leaders);
    }

    static ExaminerProgress Examiner(MemberDoc member, List<ItemScoreDoc> scores, List<Scoring.VillageResult> results, HashSet<int> sealedIds)
    {
        var mine = scores.Where(s => s.MemberId == member.Id).ToList();
        var started = mine.Select(s => (s.VillageId, s.Category)).ToHashSet();
        var unfinished = results.Where(r => !sealedIds.Contains(r.VillageId))
            .SelectMany(r => r.Categories
                .Where(c => started.Contains((r.VillageId, c.Index)) && c.ItemsScored < c.ItemCount)
                .Select(c => new UnfinishedCategory(r.VillageId, r.Village, c.Index, c.Name, c.ItemsScored, c.ItemCount)))
            .ToList();
        return new ExaminerProgress(member.Id, member.Name, mine.Count, unfinished);
    }
}
