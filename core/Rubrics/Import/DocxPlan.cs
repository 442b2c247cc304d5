using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>A .docx plan as lines: each paragraph one line, each table row one line with its cells (a merged cell empty below its first row).</summary>
public static class DocxPlan
{
    public static IReadOnlyList<PlanLine> Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("the document has no body");
        var lines = new List<PlanLine>();
        var number = 0;
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    number++;
                    var text = PlanLine.Trim(paragraph.InnerText);
                    if (text.Length > 0) lines.Add(new PlanLine(number, text));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        number++;
                        var cells = new List<string>();
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            cells.Add(PlanLine.Trim(string.Join("\n", cell.Elements<Paragraph>().Select(p => PlanLine.Trim(p.InnerText)).Where(t => t.Length > 0))));
                            // A cell spanning columns leaves the columns it covers empty, so the columns stay aligned.
                            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                            for (var s = 1; s < span; s++) cells.Add("");
                        }
                        var filled = cells.Where(c => c.Length > 0).ToList();
                        // A one-cell row (a plan framed in a table) is text, line by line.
                        if (filled.Count == 1) lines.AddRange(filled[0].Split('\n').Select(t => new PlanLine(number, t)));
                        else if (filled.Count > 1) lines.Add(new PlanLine(number, string.Join("\t", cells), cells));
                    }
                    break;
            }
        }
        return lines;
    }
}
