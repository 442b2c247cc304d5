using System.Globalization;
using System.Text.RegularExpressions;
using ChatAppraisal.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>
/// Reads back the rubric's workbook (<see cref="RubricWorkbook"/>) as edited in WPS or Excel: the tree from each row's
/// level in order, the sides, vetoes and grades from their sheets; each problem is named by its sheet and row
/// (<see cref="ImportProblem.Line"/> is the row, <see cref="ImportProblem.Text"/> starts with the sheet's name). Columns
/// are found by their headers, so moved columns still read. Pure, like the importer: nothing is saved.
/// </summary>
public static partial class RubricSheet
{
    public static ImportResult Read(Stream stream)
    {
        Dictionary<string, List<(int Row, string[] Cells)>> sheets;
        try
        {
            sheets = Cells(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or OpenXmlPackageException or FormatException or ArgumentException or InvalidOperationException)
        {
            return Unreadable(e.Message);
        }
        if (!sheets.TryGetValue(RubricWorkbook.TreeSheet, out var tree))
            return Unreadable($"no sheet named {RubricWorkbook.TreeSheet}");

        var problems = new List<ImportProblem>();
        var reader = new Reader(problems);
        var (title, categories, rows) = reader.Tree(tree);
        var rubric = new Rubric(title, categories);
        if (sheets.TryGetValue(RubricWorkbook.SidesSheet, out var sides))
        {
            var (bonus, deductions) = reader.Sides(sides);
            rubric = rubric with { Bonus = bonus, Deductions = deductions };
        }
        if (sheets.TryGetValue(RubricWorkbook.VetoSheet, out var vetoes)) rubric = rubric with { Veto = reader.Vetoes(vetoes) };
        if (sheets.TryGetValue(RubricWorkbook.GradesSheet, out var grades)) rubric = rubric with { Grades = reader.Grades(grades) };

        if (categories.Count == 0) problems.Add(new ImportProblem(null, RubricWorkbook.TreeSheet, ImportFault.NoCategories));
        else
            foreach (var problem in RubricValidator.Problems(rubric))
            {
                // The row of the node the problem names: its category, then its item's path below it.
                var key = problem.Place.Category is { } c ? problem.Place.IsItem ? $"{c}.{problem.Place.ItemNumber}" : $"{c}" : null;
                var at = key is not null && rows.TryGetValue(key, out var r) ? r : ((int Row, string Text)?)null;
                problems.Add(new ImportProblem(at?.Row, at?.Text ?? "", ImportFault.RubricRule, Rubric: problem));
            }
        var leaders = categories.Sum(c => c.LeaderCap);
        return new ImportResult(rubric, leaders == 0 && categories.Count > 0 ? new FinalFormula(1, 0) : null, problems);
    }

    static ImportResult Unreadable(string why) =>
        new(new Rubric("", []), null, [new ImportProblem(null, "", ImportFault.FileUnreadable, Detail: why)]);

    /// <summary>Every sheet's non-empty rows as text cells (numbers in invariant form), by sheet name.</summary>
    static Dictionary<string, List<(int Row, string[] Cells)>> Cells(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the file has no workbook");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<(int, string[])>>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is not { } name || sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
            var rows = new List<(int, string[])>();
            foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
            {
                var cells = new SortedDictionary<int, string>();
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var col = cell.CellReference?.Value is { } reference ? Column(reference) : next;
                    next = col + 1;
                    cells[col] = Text(cell, shared);
                }
                if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
                var array = new string[cells.Keys.Max() + 1];
                for (var i = 0; i < array.Length; i++) array[i] = cells.TryGetValue(i, out var v) ? v : "";
                rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), array));
            }
            result[name.Trim()] = rows;
        }
        return result;
    }

    static string Text(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString) return int.TryParse(value, out var i) && i >= 0 && i < shared.Count ? shared[i].Trim() : "";
        if (type == CellValues.InlineString) return (cell.InlineString?.InnerText ?? "").Trim();
        if (type == CellValues.Boolean) return value == "1" ? RubricWorkbook.Yes : RubricWorkbook.No;
        // A number as Excel stores it (15.000000000000002 after some edits): rounded to what points may hold.
        if ((type is null || type == CellValues.Number) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return Math.Round((decimal)d, 4).ToString("0.####", CultureInfo.InvariantCulture);
        return value.Trim();
    }

    static int Column(string reference)
    {
        var col = 0;
        foreach (var ch in reference)
        {
            if (!char.IsLetter(ch)) break;
            col = col * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return col - 1;
    }

    [GeneratedRegex(@"^\s*(-?\d+(?:\.\d+)?)\s*分?\s*$")]
    private static partial Regex Figure();

    sealed class Reader(List<ImportProblem> problems)
    {
        /// <summary>The title, the categories, and each node's row and text by its number ("2", "2.1.3") for the validator's problems.</summary>
        public (string Title, List<Category> Categories, Dictionary<string, (int Row, string Text)> Rows) Tree(List<(int Row, string[] Cells)> rows)
        {
            var title = rows.FirstOrDefault(r => r.Cells.Length > 1 && r.Cells[0] == RubricWorkbook.TitleLabel).Cells?.Skip(1).FirstOrDefault(c => c.Length > 0) ?? "";
            var header = rows.FindIndex(r => r.Cells.Contains(RubricWorkbook.TreeColumns[0]) && r.Cells.Contains(RubricWorkbook.TreeColumns[2]));
            var found = new Dictionary<string, (int Row, string Text)>();
            if (header < 0)
            {
                problems.Add(new ImportProblem(null, RubricWorkbook.TreeSheet, ImportFault.CellUnread, Detail: string.Join("、", RubricWorkbook.TreeColumns[..4])));
                return (title, [], found);
            }
            var col = Columns(rows[header].Cells, RubricWorkbook.TreeColumns);

            // Each row becomes a node under the nearest row above it of a lower level.
            var roots = new List<Node>();
            var path = new List<Node>();
            foreach (var (row, cells) in rows.Skip(header + 1))
            {
                var text = Line(RubricWorkbook.TreeSheet, cells);
                string Cell(int i) => col[i] is { } c && c < cells.Length ? cells[c].Trim() : "";
                var name = Cell(2);
                if (name.Length == 0 && Cell(0).Length == 0) continue;
                var level = int.TryParse(Cell(0), out var l) && l >= 1 ? l : 0;
                if (level == 0)
                {
                    problems.Add(new ImportProblem(row, text, ImportFault.CellUnread, Detail: RubricWorkbook.TreeColumns[0]));
                    level = Math.Max(1, path.Count + (path.Count == 0 ? 1 : 0));
                }
                if (level > path.Count + 1)
                {
                    problems.Add(new ImportProblem(row, text, ImportFault.LevelSkipped, level, path.Count + 1, name));
                    level = path.Count + 1;
                }
                var node = new Node(row, text, name, Number(row, text, Cell(3), RubricWorkbook.TreeColumns[3], name, required: false),
                    Number(row, text, Cell(4), RubricWorkbook.TreeColumns[4], name, required: false), Cell(5), Cell(6), Cell(7), Cell(8),
                    Number(row, text, Cell(9), RubricWorkbook.TreeColumns[9], name, required: false));
                path.RemoveRange(level - 1, path.Count - (level - 1));
                if (level == 1) roots.Add(node);
                else path[^1].Children.Add(node);
                path.Add(node);
            }

            var categories = new List<Category>();
            for (var i = 0; i < roots.Count; i++)
            {
                var r = roots[i];
                found[$"{i + 1}"] = (r.Row, r.Text);
                var (max, items) = Block(r, $"{i + 1}", found);
                categories.Add(new Category(r.Name, r.Group.Length > 0 ? r.Group : r.Name, r.Alias, max, r.LeaderCap ?? 0, items)
                {
                    Criteria = Empty(r.Criteria), Department = Empty(r.Department), ScaleTo = r.ScaleTo,
                });
            }
            return (title, categories, found);
        }

        (decimal Max, IReadOnlyList<Item> Items) Block(Node node, string number, Dictionary<string, (int, string)> found)
        {
            var items = new List<Item>();
            for (var i = 0; i < node.Children.Count; i++)
            {
                var child = node.Children[i];
                var key = $"{number}.{i + 1}";
                found[key] = (child.Row, child.Text);
                var (max, below) = Block(child, key, found);
                items.Add(new Item(child.Name, max) { Items = below, Criteria = Empty(child.Criteria), Department = Empty(child.Department), ScaleTo = child.ScaleTo });
            }
            var sum = items.Sum(i => i.Max);
            if (node.Points is not { } points)
            {
                if (items.Count > 0) problems.Add(new ImportProblem(node.Row, node.Text, ImportFault.BlockWithoutPoints, sum, Detail: node.Name));
                else if (!problems.Any(p => p.Line == node.Row && p.Detail == RubricWorkbook.TreeColumns[3]))
                    problems.Add(new ImportProblem(node.Row, node.Text, ImportFault.CellUnread, Detail: RubricWorkbook.TreeColumns[3]));
                return (sum, items);
            }
            if (items.Count > 0 && sum != points) problems.Add(new ImportProblem(node.Row, node.Text, ImportFault.ChildrenDoNotAddUp, sum, points, node.Name));
            return (points, items);
        }

        public (Side? Bonus, Side? Deductions) Sides(List<(int Row, string[] Cells)> rows)
        {
            var header = rows.FindIndex(r => r.Cells.Contains(RubricWorkbook.SideColumns[0]));
            if (header < 0) return (null, null);
            var col = Columns(rows[header].Cells, RubricWorkbook.SideColumns);
            decimal? bonusCap = null, deductionCap = null;
            List<SideLine>? bonus = null, deductions = null;
            foreach (var (row, cells) in rows.Skip(header + 1))
            {
                var text = Line(RubricWorkbook.SidesSheet, cells);
                string Cell(int i) => col[i] is { } c && c < cells.Length ? cells[c].Trim() : "";
                var kind = Cell(0);
                var name = Cell(1);
                switch (kind)
                {
                    case RubricWorkbook.BonusCap:
                        bonus ??= [];
                        bonusCap = Number(row, text, Cell(2), RubricWorkbook.SideColumns[2], kind, required: false);
                        break;
                    case RubricWorkbook.DeductionCap:
                        deductions ??= [];
                        deductionCap = Number(row, text, Cell(2), RubricWorkbook.SideColumns[2], kind, required: false);
                        break;
                    case RubricWorkbook.Bonus or RubricWorkbook.Deduction:
                        var points = Number(row, text, Cell(2), RubricWorkbook.SideColumns[2], name, required: true) ?? 0;
                        var perEvent = Cell(3) switch
                        {
                            RubricWorkbook.Yes => true,
                            RubricWorkbook.No or "" => false,
                            _ => Unread(row, text, RubricWorkbook.SideColumns[3]),
                        };
                        var line = new SideLine(name, points, perEvent) { Criteria = Empty(Cell(4)) };
                        if (kind == RubricWorkbook.Bonus) (bonus ??= []).Add(line);
                        else (deductions ??= []).Add(line);
                        break;
                    default:
                        problems.Add(new ImportProblem(row, text, ImportFault.CellUnread, Detail: RubricWorkbook.SideColumns[0]));
                        break;
                }
            }
            return (bonus is null ? null : new Side(bonusCap, bonus), deductions is null ? null : new Side(deductionCap, deductions));
        }

        public List<Veto> Vetoes(List<(int Row, string[] Cells)> rows)
        {
            var header = rows.FindIndex(r => r.Cells.Contains(RubricWorkbook.VetoColumns[0]));
            if (header < 0) return [];
            var col = Columns(rows[header].Cells, RubricWorkbook.VetoColumns);
            var vetoes = new List<Veto>();
            foreach (var (row, cells) in rows.Skip(header + 1))
            {
                var text = Line(RubricWorkbook.VetoSheet, cells);
                string Cell(int i) => col[i] is { } c && c < cells.Length ? cells[c].Trim() : "";
                var consequence = Cell(1) switch
                {
                    RubricWorkbook.Last => VetoConsequence.Last,
                    RubricWorkbook.NotExcellent => VetoConsequence.NotExcellent,
                    _ => (VetoConsequence?)null,
                };
                if (consequence is null) problems.Add(new ImportProblem(row, text, ImportFault.CellUnread, Detail: RubricWorkbook.VetoColumns[1]));
                vetoes.Add(new Veto(Cell(0), consequence ?? VetoConsequence.NotExcellent));
            }
            return vetoes;
        }

        public Grades? Grades(List<(int Row, string[] Cells)> rows)
        {
            var basisRow = rows.FirstOrDefault(r => r.Cells.Length > 1 && r.Cells[0] == RubricWorkbook.GradeBasisLabel);
            var header = rows.FindIndex(r => r.Cells.Contains(RubricWorkbook.GradeColumns[0]) && r.Cells.Contains(RubricWorkbook.GradeColumns[1]));
            if (header < 0) return null;
            var col = Columns(rows[header].Cells, RubricWorkbook.GradeColumns);
            var lines = new List<Grade>();
            foreach (var (row, cells) in rows.Skip(header + 1))
            {
                var text = Line(RubricWorkbook.GradesSheet, cells);
                string Cell(int i) => col[i] is { } c && c < cells.Length ? cells[c].Trim() : "";
                var count = Number(row, text, Cell(1), RubricWorkbook.GradeColumns[1], Cell(0), required: false);
                if (count is { } n && n != decimal.Truncate(n)) problems.Add(new ImportProblem(row, text, ImportFault.CellUnread, Detail: RubricWorkbook.GradeColumns[1]));
                lines.Add(new Grade(Cell(0), count is { } k ? (int)Math.Clamp(k, int.MinValue, int.MaxValue) : null,
                    Number(row, text, Cell(2), RubricWorkbook.GradeColumns[2], Cell(0), required: false)));
            }
            if (lines.Count == 0) return null;
            var basis = basisRow.Cells?[1] switch
            {
                RubricWorkbook.ByRank => GradeBasis.Rank,
                RubricWorkbook.ByScore => GradeBasis.Score,
                _ => lines.Any(l => l.Count is not null) ? GradeBasis.Rank : GradeBasis.Score,
            };
            return new Grades(basis, lines);
        }

        bool Unread(int row, string text, string column)
        {
            problems.Add(new ImportProblem(row, text, ImportFault.CellUnread, Detail: column));
            return false;
        }

        decimal? Number(int row, string text, string cell, string column, string name, bool required)
        {
            if (cell.Length == 0)
            {
                if (required) problems.Add(new ImportProblem(row, text, ImportFault.CellUnread, Detail: column));
                return null;
            }
            if (Figure().Match(cell) is { Success: true } m && decimal.TryParse(m.Groups[1].Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture, out var value)) return value;
            problems.Add(new ImportProblem(row, text, ImportFault.CellUnread, Detail: column));
            return null;
        }

        static int?[] Columns(string[] header, string[] names) =>
            names.Select(n => Array.IndexOf(header, n) is var i and >= 0 ? i : (int?)null).ToArray();

        static string Line(string sheet, string[] cells) => $"{sheet}: {string.Join(" | ", cells.Select(c => c.Trim()).Where(c => c.Length > 0))}";

        static string? Empty(string text) => text.Length == 0 ? null : text;
    }

    sealed record Node(int Row, string Text, string Name, decimal? Points, decimal? ScaleTo, string Criteria, string Department, string Group, string Alias,
        decimal? LeaderCap)
    {
        public List<Node> Children { get; } = [];
    }
}
