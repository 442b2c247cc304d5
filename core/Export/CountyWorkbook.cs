using ChatAppraisal.Appraisal;
using ChatAppraisal.Towns;

namespace ChatAppraisal.Export;

/// <summary>The county-wide export: one workbook, one sheet per town holding that town's summary and ranking (as /export's 汇总排名).</summary>
public sealed class CountyWorkbook(TownList towns, Periods periods, ExportReader reader)
{
    public static string FileName => Texts.Zh.XlsxCountyFileName; // the official forms are Chinese in every language

    public byte[] Build()
    {
        var names = new SheetNames();
        // Each town's sheet is read and laid out in that town's scope.
        var sheets = towns.EachTown(town => SummaryLayout.Build(reader.Read(periods.Active()), names.Take(town.Name))).Select(t => t.Result).ToList();
        return XlsxWriter.Write(sheets);
    }
}
