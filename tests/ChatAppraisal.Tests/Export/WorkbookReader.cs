using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChatAppraisal.Tests.Export;

/// <summary>Reads an .xlsx back with OpenXml: sheet names, cell text and numbers by reference, merged ranges.</summary>
sealed class WorkbookReader : IDisposable
{
    readonly MemoryStream _stream;

    public WorkbookReader(byte[] content)
    {
        _stream = new MemoryStream(content);
        Document = SpreadsheetDocument.Open(_stream, false);
    }

    public SpreadsheetDocument Document { get; }

    public IReadOnlyList<string> SheetNames =>
        Document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Worksheet(string name)
    {
        var sheet = Document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public IReadOnlyList<string> Merges(string sheet) =>
        Worksheet(sheet).Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()).Select(m => m.Reference!.Value!).ToList();

    public Cell? Cell(string sheet, string reference) =>
        Worksheet(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    public string Text(string sheet, string reference) => Cell(sheet, reference) switch
    {
        null => "",
        { DataType: { } t } c when t.Value == CellValues.InlineString => c.InlineString!.InnerText,
        var c => c.CellValue?.Text ?? "",
    };

    public decimal? Number(string sheet, string reference) =>
        Cell(sheet, reference) is { DataType: { } t, CellValue: { } v } && t.Value == CellValues.Number
            ? decimal.Parse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The text of <paramref name="column"/>'s cell in every row, top to bottom.</summary>
    public IReadOnlyList<string> Column(string sheet, string column) =>
        Worksheet(sheet).Descendants<Row>().Select(r => Text(sheet, $"{column}{r.RowIndex!.Value}")).ToList();

    /// <summary>The 1-based row whose cell in <paramref name="column"/> reads <paramref name="text"/>, after <paramref name="after"/>.</summary>
    public int RowOf(string sheet, string column, string text, int after = 0) =>
        Worksheet(sheet).Descendants<Row>().Select(r => (int)r.RowIndex!.Value)
            .First(r => r > after && Text(sheet, $"{column}{r}") == text);

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
