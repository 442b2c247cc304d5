using System.Text.RegularExpressions;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>
/// The plan's lines as a tree: each numbered heading under the nearest heading of a higher style, runs of items under
/// their heading, table rows as their own small trees, other text as the criteria of the heading it follows.
/// </summary>
public static partial class PlanOutline
{
    public static PlanNode Read(IReadOnlyList<PlanLine> lines, List<ImportProblem> problems)
    {
        var root = new PlanNode(0, "", "") { Style = Numbering.Style.None };
        var stack = new List<PlanNode> { root };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var current = stack[^1];
            if (line.IsRow)
            {
                var rows = new List<PlanLine>();
                while (i < lines.Count && lines[i].IsRow) rows.Add(lines[i++]);
                i--;
                current.Children.AddRange(PlanTable.Read(rows, problems));
                current.Lines.AddRange(rows);
                continue;
            }
            var (style, rest) = Numbering.Read(line.Text);
            if (style == Numbering.Style.None)
            {
                current.Lines.Add(line);
                Body(current, line, line.Text, problems);
                continue;
            }
            var at = stack.FindIndex(n => n.Style == style);
            if (at > 0) stack.RemoveRange(at, stack.Count - at);
            var node = Heading(line, style, rest, problems);
            stack[^1].Children.Add(node);
            stack.Add(node);
        }
        return root;
    }

    static PlanNode Heading(PlanLine line, Numbering.Style style, string rest, List<ImportProblem> problems)
    {
        var marks = PointsMark.Find(rest);
        if (marks.Count > 0 && marks[0] is var first && first.Start > 0 && !rest[..first.Start].Any(IsClauseEnd))
        {
            var title = PlanLine.Trim(rest[..first.Start]).TrimEnd('：', ':', '，', ',');
            var node = new PlanNode(line.Number, line.Text, title) { Style = style, Points = first.Value, ScaleTo = first.ScaleTo };
            ItemRun.Note(line, first, title, problems);
            node.Lines.Add(line);
            var body = rest[first.End..].TrimStart('。', '.', '，', ',', '；', ';', ' ');
            if (node.ScaleTo is null && ScaleRegex().Match(body.Split('。', '；', ';')[0]) is { Success: true } scale
                && decimal.TryParse(scale.Groups[1].Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var to))
                node.ScaleTo = to;
            Body(node, line, body, problems);
            return node;
        }
        var end = rest.IndexOfAny(['。', '：', ':', '，', ',', '；', ';']);
        var heading = new PlanNode(line.Number, line.Text, PlanLine.Trim(end > 0 ? rest[..end] : rest)) { Style = style };
        heading.Lines.Add(line);
        if (end > 0) Body(heading, line, rest[(end + 1)..], problems);
        return heading;
    }

    /// <summary>Text under a heading: a run of items where it has points, its criteria otherwise; a department wherever named.</summary>
    static void Body(PlanNode node, PlanLine line, string text, List<ImportProblem> problems)
    {
        text = PlanLine.Trim(text);
        if (text.Length == 0) return;
        if (DepartmentRegex().Match(text) is { Success: true } department) node.Department = department.Groups[1].Value;
        if (Sections.IsSection(node)) return;
        // "…两大类，其中党建工作(20分)，…": what comes before 其中 sums the list up; the list is what follows.
        var among = text.IndexOf(ImportKeywords.Among, StringComparison.Ordinal);
        if (among >= 0 && PointsMark.Find(text[(among + ImportKeywords.Among.Length)..]).Count > 0)
        {
            node.AddCriteria(text[..among].TrimEnd(',', '，'));
            text = text[(among + ImportKeywords.Among.Length)..];
        }
        var items = PointsMark.Find(text).Count > 0 ? ItemRun.Read(line, text, problems) : [];
        if (items.Count > 0) node.Children.AddRange(items);
        else node.AddCriteria(text);
    }

    static bool IsClauseEnd(char c) => c is '。' or '，' or ',' or '；' or ';' or '：' or ':';

    [GeneratedRegex(ImportKeywords.ScalePattern)]
    private static partial Regex ScaleRegex();

    [GeneratedRegex(ImportKeywords.DepartmentPattern)]
    private static partial Regex DepartmentRegex();
}
