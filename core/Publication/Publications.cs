using ChatAppraisal.Appraisal;
using ChatAppraisal.Backups;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Publication;

public enum PublishRefusal
{
    None,
    /// <summary>Working days outside 1–<see cref="WorkingDays.Max"/>.</summary>
    BadWorkingDays,
    AlreadyPublished,
    /// <summary>Some sheets are not sealed: named, and publishing waits for the office's second word.</summary>
    Unsealed,
    NoVillages,
    NotPublished,
    ReasonRequired,
}

public sealed record PublishOutcome(PublishRefusal Refusal, PublicationDoc? Publication = null, IReadOnlyList<string>? Unsealed = null)
{
    public bool Ok => Refusal == PublishRefusal.None;
}

/// <summary>
/// 公示: the office publishes a period's results with an objection window of working days. Each village's officials get
/// their village's result; the office gets who was told. Publishing freezes the leaders' ratings (<see cref="ScoreBook"/>
/// refuses them) and asks for a backup. After the window, with no objection open, the results are final; only an admin's
/// reopen with a reason changes them then. Every step is audited.
/// </summary>
public sealed class Publications(AppraisalStore store, VillageResults results, IMemberNotifier notifier, TownClock town,
    Rectification rectification, IBackupRequests? backups = null)
{
    /// <summary>Who makes the results final: the bot itself, when the window is over.</summary>
    public static readonly Actor Bot = new(0, "ChatAppraisal", "bot");

    public const string ResultKind = "publication.result";
    public const string FinalKind = "publication.final";

    public PublicationDoc? Find(int periodId) => store.Publication.Publications.FindById(periodId);

    /// <summary>Villages whose sheets are not sealed, by name.</summary>
    public IReadOnlyList<string> Unsealed(PeriodView period)
    {
        var sealedIds = store.Scores.Seals.Find(s => s.PeriodId == period.Id).Select(s => s.VillageId).ToHashSet();
        return store.Setup.Villages.FindAll().OrderBy(v => v.Id).Where(v => !sealedIds.Contains(v.Id)).Select(v => v.Name).ToList();
    }

    /// <param name="confirmed">The office's second word: publish although some sheets are not sealed.</param>
    public PublishOutcome Publish(Actor actor, PeriodView period, int workingDays, bool confirmed)
    {
        var outcome = store.Write(() =>
        {
            if (workingDays is < 1 or > WorkingDays.Max) return new PublishOutcome(PublishRefusal.BadWorkingDays);
            if (Find(period.Id) is { Open: true } earlier) return new PublishOutcome(PublishRefusal.AlreadyPublished, earlier);
            var villages = store.Setup.Villages.FindAll().OrderBy(v => v.Id).ToList();
            if (villages.Count == 0) return new PublishOutcome(PublishRefusal.NoVillages);
            var unsealed = Unsealed(period);
            if (unsealed.Count > 0 && !confirmed) return new PublishOutcome(PublishRefusal.Unsealed, null, unsealed);

            var now = town.UtcNow.UtcDateTime;
            var lastDay = WorkingDays.LastDay(town.Today, workingDays);
            var doc = new PublicationDoc
            {
                Id = period.Id, PublishedAt = now, PublishedBy = actor.MemberId, PublishedByName = actor.Name, WorkingDays = workingDays,
                LastDay = lastDay.ToString("yyyy-MM-dd"), WindowEndsAt = town.ToInstant(lastDay.AddDays(1), TimeOnly.MinValue).UtcDateTime,
                Unsealed = unsealed.ToList(),
            };
            var members = store.Roster.Members.FindAll().Where(m => m.Holds(Role.Village)).OrderBy(m => m.Id).ToList();
            foreach (var result in results.All(period))
            foreach (var member in members.Where(m => m.VillageId == result.VillageId))
            {
                var channels = notifier.Notify(member.Id, t => [new TextReply(t.VillageResult(result, doc))], ResultKind);
                doc.Told.Add(new ToldDoc { VillageId = result.VillageId, Village = result.Village, MemberId = member.Id, MemberName = member.Name, Channels = channels.ToList() });
            }
            store.Publication.Publications.Upsert(doc);
            store.Audit.Add(ScoreBook.Entry(actor, period.Id, null, now, AuditActions.ResultsPublished,
                detail: $"{workingDays} working days, objections until {doc.LastDay}; told {doc.Told.Count(t => t.Channels.Count > 0)} of {doc.Told.Count} village officials"
                        + (unsealed.Count > 0 ? $"; published with unsealed sheets: {string.Join(", ", unsealed)}" : "")));
            return new PublishOutcome(PublishRefusal.None, doc);
        });
        if (outcome.Ok)
        {
            // The published state must survive a power cut, and be copied away.
            store.Checkpoint();
            backups?.Request(BackupReason.Publication, period.Name, actor.MemberId > 0 ? actor.MemberId : null);
        }
        return outcome;
    }

    /// <summary>Whether the period's scores and leaders' ratings are frozen: published and not reopened by an admin.</summary>
    public static bool Frozen(AppraisalStore store, int periodId) => store.Publication.Publications.FindById(periodId) is { Open: true };

    /// <summary>An admin's reopen of published (or final) results, with a reason: ratings thaw and the office may publish again.</summary>
    public PublishOutcome Reopen(Actor actor, PeriodView period, string? reason) => store.Write(() =>
    {
        if (string.IsNullOrWhiteSpace(reason)) return new PublishOutcome(PublishRefusal.ReasonRequired);
        if (Find(period.Id) is not { Open: true } doc) return new PublishOutcome(PublishRefusal.NotPublished);
        doc.ReopenedAt = town.UtcNow.UtcDateTime;
        doc.ReopenReason = reason.Trim();
        store.Publication.Publications.Update(doc);
        store.Audit.Add(ScoreBook.Entry(actor, period.Id, null, doc.ReopenedAt.Value, AuditActions.ResultsReopened,
            detail: $"reason: {doc.ReopenReason}; published {doc.PublishedAt:u}{(doc.Final ? $", final {doc.FinalAt:u}" : "")}"));
        return new PublishOutcome(PublishRefusal.None, doc);
    });

    /// <summary>Whether objections are still taken: published, not final, and before the window's end.</summary>
    public bool WindowOpen(PublicationDoc doc) => doc.Open && !doc.Final && town.UtcNow.UtcDateTime < doc.WindowEndsAt;

    /// <summary>
    /// Makes final every published period whose window is over with no objection open: audited, 
    /// Each village's officials get their 整改清单. Called by <see cref="PublicationWatch"/> and after each answer to an objection.
    /// </summary>
    public IReadOnlyList<PublicationDoc> FinalizeDue() => store.Write(() =>
    {
        var now = town.UtcNow.UtcDateTime;
        var finals = new List<PublicationDoc>();
        foreach (var doc in store.Publication.Publications.FindAll().Where(d => d.Open && !d.Final && now >= d.WindowEndsAt).ToList())
        {
            if (store.Publication.Objections.Find(o => o.PeriodId == doc.Id).Any(o => o.Status == ObjectionStatus.Open)) continue;
            doc.Final = true;
            doc.FinalAt = now;
            store.Publication.Publications.Update(doc);
            store.Audit.Add(ScoreBook.Entry(Bot, doc.Id, null, now, AuditActions.ResultsFinal,
                detail: $"objection window ended {doc.WindowEndsAt:u}; no objection open"));
            rectification.TellVillages(doc.Id);
            finals.Add(doc);
        }
        return (IReadOnlyList<PublicationDoc>)finals;
    });
}
