using ChatAppraisal.Evidence;
using ChatAppraisal.Export;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations.Office;

/// <summary>/export: the score-sheet workbook (.xlsx, modelled on the plan's 评分表), the raw item scores (.csv) and, when there are any, the attachments (.zip).</summary>
public sealed class ExportCommand(ExportReader reader, EvidenceZip evidence) : IReadOnlyChatCommand
{
    public string Name => "export";
    public int? MenuPlace => 7;
    public IReadOnlyList<string> Words => ["导出"];
    public Role? Requires => Role.Office;
    public string Describe(Texts texts) => texts.DescribeExport;

    public void Run(Turn turn, string args)
    {
        // One reading for both files, so the workbook and the CSV show the same entries.
        var snapshot = reader.Read(turn.Period);
        turn.Send(new DocumentReply(ScoreSheetWorkbook.Build(snapshot), ScoreSheetWorkbook.FileName(turn.Period),
            turn.Texts.ExportWorkbookCaption(ScoreSheetWorkbook.Title(turn.Period), snapshot.Standings.Ranking.Count, snapshot.Standings.ComputedAt)));
        turn.Send(new DocumentReply(ItemScoresCsv.Build(snapshot), ItemScoresCsv.FileName(turn.Period), turn.Texts.ExportCsvCaption));
        if (evidence.Build(snapshot) is { } zip)
            turn.Send(new DocumentReply(zip, EvidenceZip.FileName(turn.Period),
                turn.Texts.ExportZipCaption(EvidenceZip.Count(snapshot), snapshot.Sheets.Values.Count(s => s.Attachments.Count > 0))));
    }
}
