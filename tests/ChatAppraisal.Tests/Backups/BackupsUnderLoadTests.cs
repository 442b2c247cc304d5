using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Backups;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Concurrency;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Evidence;

namespace ChatAppraisal.Tests.Backups;

/// <summary>
/// Backups taken again and again while 50 examiners answer at once. Each backup must hold the live file exactly as it was
/// at one moment between transactions: its audit trail is the live trail up to its newest entry, its scores are what that
/// trail says they were then (every change to a score is audited in its own transaction), its attachments are those added
/// by then, byte for byte.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class BackupsUnderLoadTests
{
    const int Examiners = 50, Categories = 3;

    [Fact]
    public async Task EveryBackupTakenWhileFiftyExaminersAnswerEqualsTheLiveFileAtItsMoment()
    {
        using var chat = BackupChat.Start(o => o.Keep = 1000);
        var rubric = chat.Period.Rubric;
        var people = Enumerable.Range(1, Examiners).Select(n =>
        {
            var village = chat.Db.AddVillage($"试验村{n:D2}");
            return (User: chat.Member($"考核员{n:D2}", Role.Examiner), Village: village.Name);
        }).ToList();

        var answering = people.Select((p, n) => Task.Run(async () =>
        {
            for (var c = 0; c < Categories; c++)
            {
                var category = rubric.Categories[(n + c) % rubric.Categories.Count];
                await chat.Send(p.User, "/score " + p.Village);
                await chat.Send(p.User, category.Name);
                await chat.SendFile(p.User, EvidenceFiles.Photo(n * 10 + c));
                await chat.Send(p.User, string.Join(' ', category.Items.Select(i => i.Max)));
                await chat.Send(p.User, "确认");
            }
        })).ToList();
        var taking = Task.Run(() =>
        {
            var taken = new List<BackupOutcome>();
            while (!answering.All(t => t.IsCompleted) || taken.Count < 2) taken.Add(chat.Keeper().Take(BackupReason.OnDemand));
            return taken;
        });
        await Task.WhenAll(answering);
        var backups = await taking;

        Assert.All(backups, b => Assert.True(b.Ok, b.Detail));
        var live = chat.Db.Store;
        var trail = live.Audit.Entries.FindAll().OrderBy(a => a.Id).ToList();
        var files = live.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).FindAll().ToDictionary(a => a.Id);
        Assert.Equal(Examiners * Categories, files.Count);
        Assert.True(backups.Select(b => b.Record!.Counts.AuditEntries).Distinct().Count() > 2, "the backups should fall at different moments");

        foreach (var record in backups.Select(b => b.Record!))
        {
            var copy = Path.Combine(chat.Db.Folder, "check-" + record.File);
            File.Copy(Path.Combine(chat.Keeper().Folder, record.File), copy);
            using var backup = new AppraisalStore(copy);
            var audit = backup.Audit.Entries.FindAll().OrderBy(a => a.Id).ToList();
            Assert.Equal(record.Counts.AuditEntries, audit.Count);
            var newest = audit.Count == 0 ? 0 : audit[^1].Id;
            var then = trail.Where(a => a.Id <= newest).ToList();
            Assert.Equal(then.Select(Line), audit.Select(Line));

            var replayed = new Dictionary<(int?, int?, int?), decimal?>();
            foreach (var entry in then.Where(a => a.Action is AuditActions.ScoreSet or AuditActions.ScoreCleared))
                if (entry.Action == AuditActions.ScoreSet) replayed[(entry.VillageId, entry.Category, entry.Item)] = entry.New;
                else replayed.Remove((entry.VillageId, entry.Category, entry.Item));
            Assert.Equal(replayed.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"),
                backup.Scores.Items.FindAll().Select(s => ((int?)s.VillageId, (int?)s.Category, (int?)s.Item, s.Value)).OrderBy(s => (s.Item1, s.Item2, s.Item3))
                    .Select(s => $"({s.Item1}, {s.Item2}, {s.Item3})={s.Value}"));

            var attached = then.Where(a => a.Action == AuditActions.AttachmentAdded).Select(a => a.Detail!.Split("sha256:")[1]).Order().ToList();
            var held = new Attachments(backup, chat.Db.Clock, Microsoft.Extensions.Options.Options.Create(new EvidenceOptions()), []);
            var docs = backup.LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).FindAll().Where(a => !a.Pending).ToList();
            Assert.Equal(attached, docs.Select(d => d.Sha256).Order());
            Assert.All(docs, d => Assert.Equal(d.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(held.Content(d)))));
        }
    }

    static string Line(AuditEntry a) => $"{a.Id} {a.Action} {a.VillageId} {a.Category} {a.Item} {a.New} {a.Detail}";
}
