using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Export;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>导出: the score-sheet workbook (as /export and GET /api/export.xlsx) and the item scores' CSV.</summary>
public sealed class ExportModel(CurrentMember current, Periods periods, ScoreSheetWorkbook workbook, ItemScoresCsv csv) : ConsolePage(current)
{
    public PeriodView Period { get; private set; } = null!;

    public void OnGet() => Period = periods.Active();

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
}
