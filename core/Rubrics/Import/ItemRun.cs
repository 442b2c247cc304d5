namespace ChatAppraisal.Rubrics.Import;

/// <summary>
/// Items run together in one sentence ("主要考核内容：日常检查(10分)，党风廉政建设主体责任(30分)，…"): each item is the text
/// before its points, so a name may hold 、 ("承诺、亮诺、践诺、评诺(5分)") and a missing comma still parts two items.
/// </summary>
public static class ItemRun
{
    public static List<PlanNode> Read(PlanLine line, string text, List<ImportProblem> problems)
    {
        var items = new List<PlanNode>();
        var marks = PointsMark.Find(text);
        var cursor = 0;
        var separated = true;
        foreach (var mark in marks)
        {
            if (mark.Start < cursor) continue;
            var name = Name(text[cursor..mark.Start]);
            if (name.Length == 0)
            {
                problems.Add(new ImportProblem(line.Number, line.Text, ImportFault.PointsWithoutName, mark.Value));
            }
            else
            {
                if (!separated) problems.Add(new ImportProblem(line.Number, line.Text, ImportFault.MissingSeparator, Detail: name));
                Note(line, mark, name, problems);
                items.Add(new PlanNode(line.Number, line.Text, name) { Points = mark.Value, ScaleTo = mark.ScaleTo });
            }
            cursor = mark.End;
            var skipped = cursor;
            while (cursor < text.Length && (PointsMark.IsSeparator(text[cursor]) || text[cursor] is '。' or '.' or '：' or ':')) cursor++;
            separated = cursor > skipped || cursor == text.Length;
        }
        var rest = Name(text[cursor..]);
        if (items.Count > 0 && rest.Length > 0)
            problems.Add(new ImportProblem(line.Number, line.Text, ImportFault.TextWithoutPoints, Detail: rest));
        return items;
    }

    /// <summary>The doubts a mark raises: no 分, a bracket missing.</summary>
    public static void Note(PlanLine line, PointsMark mark, string name, List<ImportProblem> problems)
    {
        if (mark.WithoutFen) problems.Add(new ImportProblem(line.Number, line.Text, ImportFault.PointsWithoutFen, mark.Value, Detail: name));
        else if (mark.MissingBracket) problems.Add(new ImportProblem(line.Number, line.Text, ImportFault.MissingBracket, mark.Value, Detail: name));
    }

    /// <summary>An item's name: without the label before a colon ("主要考核内容："), separators and a leading number.</summary>
    public static string Name(string text)
    {
        var colon = text.LastIndexOfAny([':', '：']);
        if (colon >= 0) text = text[(colon + 1)..];
        text = PlanLine.Trim(text).Trim(',', '，', '、', ';', '；', '。', ' ', '\u3000');
        return PlanLine.Trim(Numbering.Strip(text));
    }
}
