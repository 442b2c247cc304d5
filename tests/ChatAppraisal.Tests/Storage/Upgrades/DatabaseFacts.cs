using System.Security.Cryptography;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Storage.Upgrades;

/// <summary>
/// Everything a database file says that a person relies on, as lines of text read through the domain services: the
/// ranking, each sheet (items, seal, attachments), the audit, the attachments' bytes' SHA-256, the ballots, the schedule,
/// the members and the browser chat's transcript. Written beside each fixture by the release that made it, and compared
/// line by line with what this release reads from the same file.
/// </summary>
public sealed class DatabaseFacts
{
    /// <summary>The browser chat accounts whose transcripts the fixtures hold.</summary>
    public static readonly string[] WebChats = ["web:1", "web:2"];

    public List<string> Ranking { get; set; } = [];
    public List<string> Sheets { get; set; } = [];
    public List<string> Audit { get; set; } = [];
    public List<string> Attachments { get; set; } = [];
    public List<string> Ballots { get; set; } = [];
    public List<string> Schedule { get; set; } = [];
    public List<string> Members { get; set; } = [];
    public List<string> Transcript { get; set; } = [];

    public static DatabaseFacts Read(IServiceProvider services)
    {
        var period = services.GetRequiredService<Periods>().Active();
        var facts = new DatabaseFacts();
        foreach (var ranked in services.GetRequiredService<StandingsQuery>().Compute(period).Ranking)
        {
            var r = ranked.Result;
            facts.Ranking.Add($"{ranked.Rank} {r.Village} final={r.Final} onsite={r.Onsite} leader={r.Leader} items={r.ItemsScored}/{r.ItemsTotal} leaders={r.LeadersRated}/{r.LeadersExpected}");
        }
        var sheets = services.GetRequiredService<Sheets>();
        foreach (var village in services.GetRequiredService<VillageRoster>().All())
        {
            var sheet = sheets.Load(period, village.Id)!;
            foreach (var item in sheet.Categories.SelectMany(c => c.Items).Where(i => i.Score is not null))
                facts.Sheets.Add($"{village.Name} {item.Category + 1}.{item.Item + 1} {item.Score} {item.MemberName} {item.At:O}");
            if (sheet.Seal is { } seal) facts.Sheets.Add($"{village.Name} seal {seal.SignedBy} {seal.SignedAt:O} {seal.Fingerprint} valid={seal.Valid}");
            foreach (var a in sheet.Attachments) facts.Sheets.Add($"{village.Name} attachment {a.Place} {a.FileName} {a.Sha256}");
        }
        facts.Audit.AddRange(AuditLines(services));
        var attachments = services.GetRequiredService<Attachments>();
        foreach (var doc in attachments.ForPeriod(period.Id))
            facts.Attachments.Add($"{doc.Id} {doc.Kind} {doc.FileName} {doc.ContentType} {doc.Size} {doc.Sha256} bytes:{Hash(attachments.Content(doc))} chars={doc.Characters}");
        var book = services.GetRequiredService<BallotBook>();
        foreach (var ballot in book.InPeriod(period.Id))
            facts.Ballots.Add($"{ballot.Id} village={ballot.VillageId} issued={ballot.Issued} cast={ballot.Cast} counts={string.Join(",", ballot.Counts)} closed={ballot.Closed} codes={book.Codes(ballot.Id).Count}");
        foreach (var visit in services.GetRequiredService<VisitSchedule>().List(period.Id))
            facts.Schedule.Add($"{visit.Village} {visit.Date:yyyy-MM-dd} {visit.Time:HH:mm} {visit.Note}");
        var times = services.GetRequiredService<ReminderSettings>().For(period.Id);
        facts.Schedule.Add($"reminders {times.Morning:HH:mm} {times.Evening:HH:mm} due={times.RatingsDueBy:yyyy-MM-dd}");
        foreach (var member in services.GetRequiredService<MemberDirectory>().All())
            facts.Members.Add($"{member.Id} {member.Name} {string.Join(",", member.Roles)}");
        var transcript = services.GetRequiredService<WebTranscript>();
        foreach (var chat in WebChats)
            foreach (var m in transcript.Last(chat))
            {
                var file = m.FileId is null ? "" : $" {m.FileName} bytes:{Hash(transcript.File(chat, m.Id)!.Value.Content)}";
                facts.Transcript.Add($"{chat} {m.Seq} member={m.FromMember} {m.Kind} {m.Text}{file}");
            }
        return facts;
    }

    static IEnumerable<string> AuditLines(IServiceProvider services) =>
        services.GetRequiredService<AuditLog>().All().Select(e =>
            $"{e.Id} {e.At:O} {e.Action} p{e.PeriodId} v{e.VillageId} m{e.MemberId} {e.MemberName} {e.Channel} {e.Category}.{e.Item} {e.Old}->{e.New} {e.Detail}");

    static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
