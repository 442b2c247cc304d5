using System.Security.Cryptography;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Publication;

public enum ObjectionRefusal
{
    None,
    /// <summary>Only a village's officials object, for their own village.</summary>
    NoVillage,
    NotPublished,
    /// <summary>The window is over (or the results final): a late objection.</summary>
    WindowClosed,
    UnknownItem,
    AmbiguousItem,
    NoText,
    TextTooLong,
    UnknownObjection,
    AlreadyAnswered,
    OutOfRange,
    ReasonRequired,
    FileRefused,
}

/// <param name="Candidates">For an ambiguous item, the items it could be.</param>
public sealed record ObjectionOutcome(ObjectionRefusal Refusal, ObjectionDoc? Objection = null, IReadOnlyList<string>? Candidates = null,
    AttachRefusal FileRefusal = AttachRefusal.None, PublicationDoc? Publication = null)
{
    public bool Ok => Refusal == ObjectionRefusal.None;
}

/// <summary>
/// Objections (申诉) within the publication's window: a village's official objects to one item's score with a text and
/// evidence; the office upholds it (the item rescored through an audited reopen naming the objection, the sheet sealed
/// again, the village told the new score) or rejects it with a reason (the village told). Every step is audited.
/// </summary>
public sealed class Objections(AppraisalStore store, Publications publications, ScoreBook book, Sheets sheets, IMemberNotifier notifier, TimeProvider clock)
{
    public const int MaxText = 500;
    public const string AnswerKind = "objection.answer";
    public const string MadeKind = "objection.made";

    public ObjectionDoc? Find(int id) => store.Publication.Objections.FindById(id);

    public IReadOnlyList<ObjectionDoc> OfPeriod(int periodId, bool openOnly) =>
        store.Publication.Objections.Find(o => o.PeriodId == periodId).Where(o => !openOnly || o.Status == ObjectionStatus.Open).OrderBy(o => o.Id).ToList();

    public IReadOnlyList<ObjectionDoc> OfVillage(int periodId, int villageId) =>
        store.Publication.Objections.Find(o => o.VillageId == villageId).Where(o => o.PeriodId == periodId).OrderBy(o => o.Id).ToList();

    public string VillageName(int villageId) => store.Setup.Villages.FindById(villageId)?.Name ?? $"#{villageId}";

    /// <summary>A village official's objection to the item named (its name or a unique part), with why.</summary>
    public ObjectionOutcome Make(Actor actor, MemberDoc member, PeriodView period, string itemTyped, string text) => store.Write(() =>
    {
        if (!member.Holds(Role.Village) || member.VillageId is not { } villageId || store.Setup.Villages.FindById(villageId) is null)
            return new ObjectionOutcome(ObjectionRefusal.NoVillage);
        if (publications.Find(period.Id) is not { Open: true } publication) return new ObjectionOutcome(ObjectionRefusal.NotPublished);
        if (!publications.WindowOpen(publication)) return new ObjectionOutcome(ObjectionRefusal.WindowClosed, Publication: publication);
        var leaves = period.Rubric.Categories.SelectMany((c, ci) => c.Leaves.Select((item, ii) => (Category: ci, Item: ii, item.Name))).ToList();
        var match = NameMatch.Find(leaves, l => l.Name, itemTyped);
        if (match.Kind == MatchKind.Ambiguous)
            return new ObjectionOutcome(ObjectionRefusal.AmbiguousItem, Candidates: match.Candidates.Select(c => c.Name).Distinct().ToList());
        if (match.Kind != MatchKind.Unique) return new ObjectionOutcome(ObjectionRefusal.UnknownItem);
        text = text.Trim();
        if (text.Length == 0) return new ObjectionOutcome(ObjectionRefusal.NoText);
        if (text.Length > MaxText) return new ObjectionOutcome(ObjectionRefusal.TextTooLong);
        var (category, item, name) = match.Match;
        var now = clock.GetUtcNow().UtcDateTime;
        var score = store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, villageId, category, item))?.Value;
        var doc = new ObjectionDoc
        {
            PeriodId = period.Id, VillageId = villageId, Category = category, Item = item, ItemName = name, Score = score,
            Text = text, MemberId = member.Id, MemberName = member.Name, At = now, Status = ObjectionStatus.Open,
        };
        store.Publication.Objections.Insert(doc);
        store.Audit.Add(ScoreBook.Entry(actor, period.Id, villageId, now, AuditActions.ObjectionMade, category, item, score, null,
            $"objection #{doc.Id}: {text}"));
        // The office reads it at once: the answer is theirs.
        foreach (var office in store.Roster.Members.FindAll().Where(m => m.Holds(Role.Office) || m.Holds(Role.Admin)).OrderBy(m => m.Id).ToList())
            notifier.Notify(office.Id, t => [new TextReply(t.ObjectionNotice(doc, VillageName(villageId)))], MadeKind);
        return new ObjectionOutcome(ObjectionRefusal.None, doc);
    });

    /// <summary>A photo or file as the objection's evidence, while it is open: its bytes kept in the database, audited with its SHA-256.</summary>
    public ObjectionOutcome AddEvidence(Actor actor, int objectionId, ChatFile file) => store.Write(() =>
    {
        if (Find(objectionId) is not { } doc || doc.MemberId != actor.MemberId) return new ObjectionOutcome(ObjectionRefusal.UnknownObjection);
        if (doc.Status != ObjectionStatus.Open) return new ObjectionOutcome(ObjectionRefusal.AlreadyAnswered, doc);
        if (file.Content.LongLength > EvidenceOptions.MaxFileBytes) return new ObjectionOutcome(ObjectionRefusal.FileRefused, doc, FileRefusal: AttachRefusal.TooLarge);
        var sniffed = ContentSniffer.Sniff(file.Content, file.FileName);
        if (!sniffed.Ok) return new ObjectionOutcome(ObjectionRefusal.FileRefused, doc, FileRefusal: sniffed.Refusal);
        var fileId = $"objection/{doc.Id}/{doc.Evidence.Count + 1}";
        var name = string.IsNullOrWhiteSpace(file.FileName) ? $"photo-{doc.Evidence.Count + 1}{sniffed.Extension}" : file.FileName.Trim();
        var sha = Convert.ToHexStringLower(SHA256.HashData(file.Content));
        store.Publication.Files.Upload(fileId, name, file.Content);
        doc.Evidence.Add(new ObjectionFileDoc { FileId = fileId, FileName = name, Size = file.Content.LongLength, Sha256 = sha });
        store.Publication.Objections.Update(doc);
        store.Audit.Add(ScoreBook.Entry(actor, doc.PeriodId, doc.VillageId, clock.GetUtcNow().UtcDateTime, AuditActions.ObjectionEvidence,
            doc.Category, doc.Item, detail: $"objection #{doc.Id}: {name} sha256:{sha}"));
        return new ObjectionOutcome(ObjectionRefusal.None, doc);
    });

    public byte[]? EvidenceBytes(ObjectionFileDoc file) => store.Publication.Files.Download(file.FileId);

    /// <summary>
    /// 采纳: the item is rescored to <paramref name="score"/> through a reopen that names the objection (the seal, when there
    /// is one, is lifted with the objection as its reason and put back at once), the village's officials are told the new score.
    /// </summary>
    public ObjectionOutcome Uphold(Actor actor, PeriodView period, int objectionId, decimal score, string? note = null)
    {
        var outcome = store.Write(() =>
        {
            if (Find(objectionId) is not { } doc || doc.PeriodId != period.Id) return new ObjectionOutcome(ObjectionRefusal.UnknownObjection);
            if (doc.Status != ObjectionStatus.Open) return new ObjectionOutcome(ObjectionRefusal.AlreadyAnswered, doc);
            var leaf = period.Rubric.Categories[doc.Category].Leaves[doc.Item];
            if (!Points.IsValid(score, leaf.Max)) return new ObjectionOutcome(ObjectionRefusal.OutOfRange, doc);
            var reason = $"objection #{doc.Id} upheld: {doc.Text}";
            var wasSealed = store.Scores.Seals.FindById(SealDoc.Key(period.Id, doc.VillageId)) is not null;
            if (wasSealed) sheets.Unseal(actor, period, doc.VillageId, reason);
            var saved = book.CorrectUponObjection(actor, period, doc.VillageId, doc.Category, doc.Item, score, $"objection #{doc.Id}");
            if (!saved.Ok) throw new InvalidOperationException($"Objection #{doc.Id}: the score book refused {score} ({saved.Refusal}).");
            if (wasSealed) sheets.Seal(actor, period, doc.VillageId);
            var now = clock.GetUtcNow().UtcDateTime;
            doc.Status = ObjectionStatus.Upheld;
            doc.NewScore = score;
            doc.Answer = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            (doc.AnsweredBy, doc.AnsweredByName, doc.AnsweredAt) = (actor.MemberId, actor.Name, now);
            store.Publication.Objections.Update(doc);
            store.Audit.Add(ScoreBook.Entry(actor, period.Id, doc.VillageId, now, AuditActions.ObjectionUpheld, doc.Category, doc.Item,
                doc.Score, score, $"objection #{doc.Id}" + (wasSealed ? "; sheet reopened and sealed again" : "")));
            Tell(doc);
            return new ObjectionOutcome(ObjectionRefusal.None, doc);
        });
        if (outcome.Ok) publications.FinalizeDue();
        return outcome;
    }

    /// <summary>驳回 with a reason; the village's officials are told it.</summary>
    public ObjectionOutcome Reject(Actor actor, PeriodView period, int objectionId, string? reason)
    {
        var outcome = store.Write(() =>
        {
            if (Find(objectionId) is not { } doc || doc.PeriodId != period.Id) return new ObjectionOutcome(ObjectionRefusal.UnknownObjection);
            if (doc.Status != ObjectionStatus.Open) return new ObjectionOutcome(ObjectionRefusal.AlreadyAnswered, doc);
            if (string.IsNullOrWhiteSpace(reason)) return new ObjectionOutcome(ObjectionRefusal.ReasonRequired, doc);
            var now = clock.GetUtcNow().UtcDateTime;
            doc.Status = ObjectionStatus.Rejected;
            doc.Answer = reason.Trim();
            (doc.AnsweredBy, doc.AnsweredByName, doc.AnsweredAt) = (actor.MemberId, actor.Name, now);
            store.Publication.Objections.Update(doc);
            store.Audit.Add(ScoreBook.Entry(actor, period.Id, doc.VillageId, now, AuditActions.ObjectionRejected, doc.Category, doc.Item,
                doc.Score, doc.Score, $"objection #{doc.Id}: {doc.Answer}"));
            Tell(doc);
            return new ObjectionOutcome(ObjectionRefusal.None, doc);
        });
        if (outcome.Ok) publications.FinalizeDue();
        return outcome;
    }

    void Tell(ObjectionDoc doc)
    {
        var village = VillageName(doc.VillageId);
        foreach (var member in store.Roster.Members.FindAll().Where(m => m.OfVillage(doc.VillageId)).OrderBy(m => m.Id).ToList())
            notifier.Notify(member.Id, t => [new TextReply(t.ObjectionAnswered(doc, village))], AnswerKind);
    }
}
