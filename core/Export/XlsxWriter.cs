using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChatAppraisal.Export;

/// <summary>Writes laid-out sheets as an .xlsx package with one stylesheet (宋体, thin borders, the formats of <see cref="CellStyle"/>).</summary>
public static class XlsxWriter
{
    const string FontName = "宋体";

    /// <summary>
    /// Sheets are laid out, written and let go one at a time: a workbook of 1,000 village sheets held as one DOM took
    /// over a gigabyte (benchmark 5).
    /// </summary>
    public static byte[] Write(IEnumerable<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var list = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                part.Worksheet.Save();
                part.UnloadRootElement();
                list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    static Worksheet Worksheet(XlsxSheet sheet)
    {
        // Child order is fixed by the schema: sheetPr, sheetViews, sheetFormatPr, cols, sheetData, mergeCells, pageMargins, pageSetup.
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0 };
        if (sheet.FrozenRows > 0)
            view.Append(new Pane
            {
                VerticalSplit = sheet.FrozenRows, TopLeftCell = XlsxSheet.Reference(sheet.FrozenRows + 1, 1),
                ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            });
        worksheet.Append(new SheetViews(view));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 18 });
        if (sheet.Widths.Count > 0)
            worksheet.Append(new Columns(sheet.Widths.Select(w => new Column
            {
                Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true,
            })));

        var data = new SheetData();
        foreach (var (rowIndex, cells) in sheet.Rows)
        {
            var row = new Row { RowIndex = (uint)rowIndex };
            if (sheet.Heights.TryGetValue(rowIndex, out var height))
            {
                row.Height = height;
                row.CustomHeight = true;
            }
            foreach (var (col, value, style) in cells)
                row.Append(Cell(XlsxSheet.Reference(rowIndex, col), value, style));
            data.Append(row);
        }
        worksheet.Append(data);
        if (sheet.Merges.Count > 0)
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell
            {
                Reference = $"{XlsxSheet.Reference(m.Row1, m.Col1)}:{XlsxSheet.Reference(m.Row2, m.Col2)}",
            })));
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        // A4, one page wide, as many pages tall as needed.
        worksheet.Append(new PageSetup
        {
            PaperSize = 9, Orientation = sheet.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0,
        });
        return worksheet;
    }

    static Cell Cell(string reference, object? value, CellStyle style)
    {
        var cell = new Cell { CellReference = reference, StyleIndex = (uint)style };
        switch (value)
        {
            case decimal number:
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue(number);
                break;
            case string text:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(XmlText(text)) { Space = SpaceProcessingModeValues.Preserve });
                break;
        }
        return cell;
    }

    /// <summary>
    /// What a member wrote, less what XML 1.0 cannot hold (control characters other than tab and line breaks, a lone half
    /// of a surrogate pair): a reason or a name pasted with one of them would otherwise make the whole workbook unwritable.
    /// </summary>
    internal static string XmlText(string text)
    {
        StringBuilder? kept = null; // made at the first character left out: most text is kept whole
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) kept?.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept?.Append(text, i, 2);
                i++;
            }
            else kept ??= new StringBuilder(text.Length).Append(text, 0, i);
        }
        return kept?.ToString() ?? text;
    }

    static Stylesheet Stylesheet()
    {
        Font Font(double size, bool bold = false, string? color = null)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            font.Append(new FontSize { Val = size });
            if (color is not null) font.Append(new Color { Rgb = color });
            font.Append(new FontName { Val = FontName });
            font.Append(new FontCharSet { Val = 134 });   // GB2312: Excel picks the Chinese face
            return font;
        }
        Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }) { PatternType = PatternValues.Solid });
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());

        // Fonts: 0 normal, 1 title, 2 bold, 3 red. Fills: 0 and 1 are required by Excel, 2 header grey, 3 total blue. Borders: 0 none, 1 thin.
        var fonts = new Fonts(Font(11), Font(16, bold: true), Font(11, bold: true), Font(11, color: "FFC0392B"));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }), Solid("FFE7E9EE"), Solid("FFDDEBF7"));
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);

        CellFormat Format(uint font, uint fill, uint border, uint numFmt, HorizontalAlignmentValues horizontal, bool wrap = true) => new(
            new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numFmt, FormatId = 0,
            ApplyFont = true, ApplyFill = fill > 0, ApplyBorder = border > 0, ApplyNumberFormat = numFmt > 0, ApplyAlignment = true,
        };
        var left = HorizontalAlignmentValues.Left;
        var center = HorizontalAlignmentValues.Center;
        // Order follows CellStyle. Number format 2 is Excel's built-in "0.00".
        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(1, 0, 0, 0, center),
            Format(0, 0, 0, 0, left, wrap: false),
            Format(2, 2, 1, 0, center),
            Format(0, 0, 1, 0, left),
            Format(0, 0, 1, 0, center),
            Format(0, 0, 1, 0, center),
            Format(0, 0, 1, 2, center),
            Format(2, 3, 1, 0, center),
            Format(2, 3, 1, 0, center),
            Format(2, 3, 1, 2, center),
            Format(0, 0, 0, 0, left),
            Format(3, 0, 1, 0, left));
        return new Stylesheet(fonts, fills, borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }),
            formats,
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }
}
