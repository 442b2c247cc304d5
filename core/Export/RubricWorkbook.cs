using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Export;

/// <summary>
/// A rubric as an .xlsx the office edits in WPS or Excel and uploads back (<see cref="Rubrics.Import.RubricSheet"/> reads
/// it): one row per node of the tree with its level, points, criteria and department; the bonus and deduction sides, the
/// vetoes and the grades on sheets of their own. The column and sheet names are what the reader looks for.
/// </summary>
public static class RubricWorkbook
{
    public const string TreeSheet = "评分细则", SidesSheet = "加分扣分", VetoSheet = "一票否决", GradesSheet = "等次", NotesSheet = "说明";
    public const string TitleLabel = "方案名称";
    public static readonly string[] TreeColumns = ["层级", "编号", "名称", "分值", "折合分值", "评分标准", "负责部门", "分组", "简称", "班子评分上限"];
    public static readonly string[] SideColumns = ["类型", "名称", "分值", "按次计", "说明"];
    public static readonly string[] VetoColumns = ["事项", "后果"];
    public static readonly string[] GradeColumns = ["等次", "名额", "最低分"];
    public const string Bonus = "加分", Deduction = "扣分", BonusCap = "加分上限", DeductionCap = "扣分上限", Yes = "是", No = "否";
    public const string NotExcellent = "不得评为优秀", Last = "排名最后", GradeBasisLabel = "评定依据", ByRank = "名次", ByScore = "分数";

    public static byte[] Write(Rubric rubric) => XlsxWriter.Write([Tree(rubric), Sides(rubric), Vetoes(rubric), GradesOf(rubric), Notes()]);

    static XlsxSheet Tree(Rubric rubric)
    {
        var x = new XlsxSheet(TreeSheet) { FrozenRows = 2 };
        foreach (var (col, width) in new[] { (1, 6d), (2, 9d), (3, 28d), (4, 8d), (5, 9d), (6, 48d), (7, 12d), (8, 12d), (9, 8d), (10, 12d) })
            x.Widths[col] = width;
        x.Set(1, 1, TitleLabel, CellStyle.TotalLabel).Merge(1, 2, 1, TreeColumns.Length, rubric.Title, CellStyle.Text);
        Header(x, 2, TreeColumns);
        var row = 3;
        for (var ci = 0; ci < rubric.Categories.Count; ci++)
        {
            var c = rubric.Categories[ci];
            x.Set(row, 1, 1m, CellStyle.Number).Set(row, 2, $"{ci + 1}", CellStyle.Center).Set(row, 3, c.Name, CellStyle.Text)
                .Set(row, 4, c.Max, CellStyle.Number).Set(row, 5, c.ScaleTo, CellStyle.Number).Set(row, 6, c.Criteria, CellStyle.Text)
                .Set(row, 7, c.Department, CellStyle.Center).Set(row, 8, c.Group, CellStyle.Center).Set(row, 9, c.Alias, CellStyle.Center)
                .Set(row, 10, c.LeaderCap, CellStyle.Number);
            row++;
            foreach (var (number, depth, item) in c.Nodes())
            {
                x.Set(row, 1, (decimal)(depth + 1), CellStyle.Number).Set(row, 2, $"{ci + 1}.{number}", CellStyle.Center)
                    .Set(row, 3, new string('\u3000', depth) + item.Name, CellStyle.Text).Set(row, 4, item.Max, CellStyle.Number)
                    .Set(row, 5, item.ScaleTo, CellStyle.Number).Set(row, 6, item.Criteria, CellStyle.Text).Set(row, 7, item.Department, CellStyle.Center);
                row++;
            }
        }
        return x;
    }

    static XlsxSheet Sides(Rubric rubric)
    {
        var x = new XlsxSheet(SidesSheet) { FrozenRows = 1 };
        foreach (var (col, width) in new[] { (1, 10d), (2, 30d), (3, 8d), (4, 8d), (5, 48d) }) x.Widths[col] = width;
        Header(x, 1, SideColumns);
        var row = 2;
        foreach (var (side, kind, capLabel) in new[] { (rubric.Bonus, Bonus, BonusCap), (rubric.Deductions, Deduction, DeductionCap) })
        {
            if (side is null) continue;
            x.Set(row, 1, capLabel, CellStyle.Center).Set(row, 3, side.Cap, CellStyle.Number);
            row++;
            foreach (var line in side.Lines)
            {
                x.Set(row, 1, kind, CellStyle.Center).Set(row, 2, line.Name, CellStyle.Text).Set(row, 3, line.Points, CellStyle.Number)
                    .Set(row, 4, line.PerEvent ? Yes : No, CellStyle.Center).Set(row, 5, line.Criteria, CellStyle.Text);
                row++;
            }
        }
        return x;
    }

    static XlsxSheet Vetoes(Rubric rubric)
    {
        var x = new XlsxSheet(VetoSheet) { FrozenRows = 1 };
        x.Widths[1] = 40;
        x.Widths[2] = 16;
        Header(x, 1, VetoColumns);
        for (var i = 0; i < rubric.Veto.Count; i++)
            x.Set(i + 2, 1, rubric.Veto[i].Event, CellStyle.Text).Set(i + 2, 2, rubric.Veto[i].Consequence == VetoConsequence.Last ? Last : NotExcellent, CellStyle.Center);
        return x;
    }

    static XlsxSheet GradesOf(Rubric rubric)
    {
        var x = new XlsxSheet(GradesSheet) { FrozenRows = 2 };
        x.Widths[1] = 14;
        x.Widths[2] = 10;
        x.Widths[3] = 10;
        x.Set(1, 1, GradeBasisLabel, CellStyle.TotalLabel).Set(1, 2, rubric.Grades is null ? null : rubric.Grades.By == GradeBasis.Rank ? ByRank : ByScore, CellStyle.Center);
        Header(x, 2, GradeColumns);
        var lines = rubric.Grades?.Lines ?? [];
        for (var i = 0; i < lines.Count; i++)
            x.Set(i + 3, 1, lines[i].Name, CellStyle.Center).Set(i + 3, 2, lines[i].Count is { } n ? (decimal)n : null, CellStyle.Number)
                .Set(i + 3, 3, lines[i].MinScore, CellStyle.Number);
        return x;
    }

    static XlsxSheet Notes()
    {
        var x = new XlsxSheet(NotesSheet);
        x.Widths[1] = 100;
        // The official forms are Chinese in every language: their words are the catalog's Chinese.
        var notes = Texts.Zh.XlsxRubricNotes;
        for (var i = 0; i < notes.Count; i++) x.Set(i + 1, 1, notes[i], CellStyle.Text);
        return x;
    }

    static void Header(XlsxSheet x, int row, string[] columns)
    {
        for (var i = 0; i < columns.Length; i++) x.Set(row, i + 1, columns[i], CellStyle.Header);
    }
}
