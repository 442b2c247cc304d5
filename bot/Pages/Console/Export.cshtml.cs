using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Evidence;
using ChatAppraisal.Export;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>导出: the score-sheet workbook (as /export and GET /api/export.xlsx), the item scores' CSV and, when there are any, the attachments' zip (as /export sends them).</summary>
public sealed class ExportModel(CurrentMember current, Periods periods, ScoreSheetWorkbook workbook, ItemScoresCsv csv, ExportReader reader, EvidenceZip evidence)
    : ConsolePage(current)
{
    public PeriodView Period { get; private set; } = null!;

    /// <summary>The active period's attachments and the villages they belong to (the zip is offered when there is one).</summary>
    public (int Files, int Villages) Attachments { get; private set; }

    public void OnGet()
    {
        Period = periods.Active();
        var snapshot = reader.Read(Period);
        Attachments = (EvidenceZip.Count(snapshot), snapshot.Sheets.Values.Count(s => s.Attachments.Count > 0));
    }

    public IActionResult OnGetWorkbook()
    {
        var period = periods.Active();
        return File(workbook.Build(period), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ScoreSheetWorkbook.FileName(period));
    }

    public IActionResult OnGetCsv()
    {
        var period = periods.Active();
        return File(csv.Build(period), "text/csv; charset=utf-8", ItemScoresCsv.FileName(period));
    }

    /// <summary>The attachments of every sheet, in a folder per village (EvidenceZip, the chat's /export zip); 404 when there are none.</summary>
    public IActionResult OnGetZip()
    {
        var period = periods.Active();
        return evidence.Build(reader.Read(period)) is { } zip ? File(zip, "application/zip", EvidenceZip.FileName(period)) : NotFound();
    }
}
