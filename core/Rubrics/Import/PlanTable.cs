using System.Globalization;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>
/// A table of the plan (a Word table, or rows pasted with tabs): name columns as levels (一级指标, 二级指标…), a points
/// column with bare numbers, criteria and the department; a merged cell (empty below its first row) continues the row above.
/// </summary>
public static class PlanTable
{
    enum Column { Ignored, Name, Points, Criteria, Department }

    public static List<PlanNode> Read(IReadOnlyList<PlanLine> rows, List<ImportProblem> problems)
    {
        var nodes = new List<PlanNode>();
        if (rows.Count == 0) return nodes;
        var width = rows.Max(r => r.Cells!.Count);
        var header = Header(rows[0].Cells!, width);
        var data = header is null ? rows : rows.Skip(1).ToList();
        var columns = header ?? Infer(data, width);
        var names = Enumerable.Range(0, width).Where(c => columns[c] == Column.Name).ToList();
        if (names.Count == 0) return nodes;
        var path = new PlanNode?[names.Count];
        foreach (var row in data)
        {
            string Cell(int c) => c < row.Cells!.Count ? PlanLine.Trim(row.Cells[c]) : "";
            PlanNode? deepest = null;
            var changed = false;
            for (var level = 0; level < names.Count; level++)
            {
                var text = Cell(names[level]);
                if (text.Length == 0)
                {
                    if (changed) break;
                    deepest = path[level] ?? deepest;
                    continue;
                }
                var mark = PointsMark.Find(text).FirstOrDefault();
                var title = mark is null ? text : ItemRun.Name(text[..mark.Start]);
                if (!changed && path[level]?.Title == title)
                {
                    deepest = path[level];
                    continue;
                }
                var node = new PlanNode(row.Number, row.Text, title) { Points = mark?.Value, ScaleTo = mark?.ScaleTo };
                if (mark is not null) ItemRun.Note(row, mark, title, problems);
                var parent = level == 0 ? null : path[..level].LastOrDefault(p => p is not null);
                (parent?.Children ?? nodes).Add(node);
                path[level] = node;
                for (var below = level + 1; below < path.Length; below++) path[below] = null;
                deepest = node;
                changed = true;
            }
            if (deepest is null) continue;
            for (var c = 0; c < width; c++)
            {
                var text = Cell(c);
                if (text.Length == 0) continue;
                switch (columns[c])
                {
                    case Column.Points when deepest.Points is null:
                        if (decimal.TryParse(Scoring.Points.Normalize(text).TrimEnd('分'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points))
                            deepest.Points = points;
                        else problems.Add(new ImportProblem(row.Number, row.Text, ImportFault.TextWithoutPoints, Detail: text));
                        break;
                    case Column.Criteria:
                        deepest.AddCriteria(text);
                        break;
                    case Column.Department:
                        deepest.Department = text;
                        break;
                }
            }
        }
        return nodes;
    }

    static Column[]? Header(IReadOnlyList<string> cells, int width)
    {
        var columns = new Column[width];
        var known = 0;
        for (var c = 0; c < width; c++)
        {
            var text = c < cells.Count ? cells[c] : "";
            columns[c] = Classify(text);
            if (columns[c] != Column.Ignored || ImportKeywords.IgnoredHeader.Any(text.Contains)) known++;
        }
        return known >= 2 && columns.Contains(Column.Name) && columns.Contains(Column.Points) ? columns : null;
    }

    static Column Classify(string text)
    {
        if (text.Length == 0 || ImportKeywords.IgnoredHeader.Any(text.Contains)) return Column.Ignored;
        if (ImportKeywords.CriteriaHeader.Any(text.Contains)) return Column.Criteria;
        if (ImportKeywords.DepartmentHeader.Any(text.Contains)) return Column.Department;
        if (ImportKeywords.PointsHeader.Any(k => k.Length > 1 ? text.Contains(k) : text == k)) return Column.Points;
        if (ImportKeywords.NameHeader.Any(text.Contains)) return Column.Name;
        return Column.Ignored;
    }

    /// <summary>Without a header: the last column of numbers holds the points, the columns before it the names, after it the criteria.</summary>
    static Column[] Infer(IReadOnlyList<PlanLine> rows, int width)
    {
        var columns = new Column[width];
        var points = -1;
        for (var c = 0; c < width; c++)
        {
            var cells = rows.Select(r => c < r.Cells!.Count ? r.Cells[c] : "").Where(t => t.Length > 0).ToList();
            if (cells.Count > 0 && cells.All(t => decimal.TryParse(Scoring.Points.Normalize(t).TrimEnd('分'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)))
                points = c;
        }
        for (var c = 0; c < width; c++)
            columns[c] = points < 0 ? (c == 0 ? Column.Name : Column.Criteria) : c < points ? Column.Name : c == points ? Column.Points : Column.Criteria;
        // A leading column of bare numbers (序号) is not a name.
        if (points > 0 && rows.All(r => r.Cells![0].Length == 0 || r.Cells[0].All(char.IsAsciiDigit))) columns[0] = Column.Ignored;
        return columns;
    }
}
