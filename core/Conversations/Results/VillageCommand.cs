using ChatAppraisal.Appraisal;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Schedule;

namespace ChatAppraisal.Conversations.Results;

/// <summary>
/// /village (本村): a village's official sees their own village and nothing else: its visit, the written reports handed in
/// and, once the results are published, the village's result and how to object.
/// </summary>
public sealed class VillageCommand(VillageRoster roster, Sheets sheets, Attachments attachments, VisitSchedule schedule, VillageResults results, Rectification rectification) : IChatCommand
{
    public string Name => "village";
    public IReadOnlyList<string> Words => ["本村"];
    public Role? Requires => Role.Village;
    public int? MenuPlace => 5;
    public string Describe(Texts texts) => texts.DescribeVillage;

    public void Run(Turn turn, string args)
    {
        var t = turn.Texts;
        if (turn.Member.VillageId is not { } villageId || roster.Find(villageId) is not { } village)
        {
            turn.Say(t.NoVillageOfYours);
            return;
        }
        var reports = attachments.OfSheet(turn.Period.Id, village.Id).Where(a => a.Kind is AttachmentKind.WrittenReport or AttachmentKind.SecretaryAccount)
            .Select(a => a.Kind).ToList();
        turn.Say(t.VillageOverview(village.Name, schedule.Find(turn.Period.Id, village.Id),
            reports.Contains(AttachmentKind.WrittenReport), reports.Contains(AttachmentKind.SecretaryAccount),
            sheets.SealOf(turn.Period, village.Id) is not null));
        if (results.Published(turn.Period.Id) is { } publication && results.Of(turn.Period, village.Id) is { } result)
        {
            turn.SayLong(t.VillageResult(result, publication));
            if (publication.Final && rectification.Workbook(turn.Period, village.Id) is { } workbook)
                turn.Send(new DocumentReply(workbook, Export.RectificationWorkbook.FileNameOf(village.Name), t.RectificationCaption(turn.Period.Name)));
        }
    }
}
