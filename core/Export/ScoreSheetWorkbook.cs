using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Export;

/// <summary>
/// The /export workbook, modelled on the plan's attachment 《…党务政务工作目标管理综合考核评分表》: a summary sheet with
/// the ranking, the formula and the policy; one score sheet per village (every item with its maximum, score, who entered
/// it and when; category subtotals; totals; the group leader's seal); and the leaders' raw ratings.
/// Every figure comes from the scoring engine via <see cref="StandingsQuery"/> and <see cref="Sheets"/>.
/// </summary>
public sealed class ScoreSheetWorkbook(ExportReader reader)
{
    /// <summary>The official forms are Chinese in every language: their words are the catalog's Chinese.</summary>
    static Texts W => Texts.Zh;

    public static string SummarySheet => W.XlsxSummarySheet;
    public static string RatingsSheet => W.XlsxRatingsSheet;

    public byte[] Build(PeriodView period) => Build(reader.Read(period));

    public static string FileName(PeriodView period) => W.XlsxFileName(period.Name);

    /// <summary>The form's title, following the period: "2017年度" → "2017年度党务政务工作目标管理综合考核评分表".</summary>
    public static string Title(PeriodView period) => W.XlsxTitle(period.Name);

    public static byte[] Build(ExportSnapshot snapshot) => XlsxWriter.Write(Layouts(snapshot));

    /// <summary>Laid out as the writer asks for them, so only one sheet's layout exists at a time.</summary>
    static IEnumerable<XlsxSheet> Layouts(ExportSnapshot snapshot)
    {
        var names = new SheetNames();
        yield return SummaryLayout.Build(snapshot, names.Take(SummarySheet));
        foreach (var ranked in snapshot.Standings.Ranking)
            if (snapshot.Sheets.TryGetValue(ranked.Result.VillageId, out var sheet))
                yield return VillageSheetLayout.Build(snapshot, sheet, ranked, names.Take(sheet.Village.Name));
        yield return RatingsLayout.Build(snapshot, names.Take(RatingsSheet));
        if (snapshot.Sheets.Values.Any(s => s.Attachments.Count > 0)) yield return AttachmentsLayout.Build(snapshot, names.Take(AttachmentsLayout.SheetName));
    }

    internal static string Time(DateTime utc) => DisplayTime.Format(utc);

    internal static decimal Round2(decimal value) => Points.Round2(value);
}
