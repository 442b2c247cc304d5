namespace ChatAppraisal.Rubrics.Import;

/// <summary>One line of the plan as read: its number (from 1), its text trimmed, and its cells where it is a table row.</summary>
public sealed record PlanLine(int Number, string Text, IReadOnlyList<string>? Cells = null)
{
    public bool IsRow => Cells is not null;

    /// <summary>Splits pasted text into lines; a line with tabs (a row copied from a Word or WPS table) keeps its cells.</summary>
    public static IReadOnlyList<PlanLine> FromText(string text)
    {
        var lines = new List<PlanLine>();
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var line = Trim(raw[i]);
            if (line.Length == 0) continue;
            // Cells from the untrimmed line: an empty first cell (a merged cell pasted) keeps its column.
            var cells = line.Contains('\t') ? raw[i].Split('\t').Select(Trim).ToList() : null;
            lines.Add(new PlanLine(i + 1, line, cells is { Count: >= 2 } ? cells : null));
        }
        return lines;
    }

    /// <summary>Trims spaces of every kind a Word document leaves (full-width, no-break).</summary>
    public static string Trim(string text) => text.Trim(' ', '\t', '\u3000', '\u00A0', '\uFEFF', '\u200B');
}
