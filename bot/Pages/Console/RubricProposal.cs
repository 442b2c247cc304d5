using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>One source line of an imported plan (or a workbook's row) with the problems found on it.</summary>
public sealed record ProposalLine(int? Number, string Text, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// What 导入方案 shows: the importer's proposal, the plan's lines with each problem next to its line, and the problems
/// that belong to no line (the plan as a whole).
/// </summary>
public sealed record RubricProposal(ImportResult Result, IReadOnlyList<ProposalLine> Lines, IReadOnlyList<ImportProblem> Unplaced)
{
    /// <summary>A proposal with one of these cannot be saved: it breaks a rubric rule, or part of it could not be read.</summary>
    public bool HasErrors => Result.Problems.Any(RubricModel.Blocks);

    public Rubric Rubric => Result.Rubric;

    public static RubricProposal? FromText(string? text) =>
        text is null ? null : Of(RubricImporter.FromText(text), PlanLine.FromText(text.Length > RubricImporter.MaxChars ? text[..RubricImporter.MaxChars] : text));

    public static RubricProposal FromDocx(Stream stream)
    {
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var result = RubricImporter.FromDocx(new MemoryStream(bytes.ToArray()));
        if (result.Problems.Any(p => p.Fault == ImportFault.FileUnreadable)) return Of(result, []);
        return Of(result, DocxPlan.Read(new MemoryStream(bytes.ToArray())));
    }

    /// <summary>The rubric's workbook: its lines are the rows a problem names (the sheet's name in front).</summary>
    public static RubricProposal FromWorkbook(Stream stream)
    {
        var result = RubricSheet.Read(stream);
        var lines = result.Problems.Where(p => p.Line is not null).GroupBy(p => (p.Line, p.Text))
            .Select(g => new ProposalLine(g.Key.Line, g.Key.Text, g.ToList())).OrderBy(l => l.Text.Split(':')[0]).ThenBy(l => l.Number).ToList();
        return new RubricProposal(result, lines, result.Problems.Where(p => p.Line is null).ToList());
    }

    static RubricProposal Of(ImportResult result, IReadOnlyList<PlanLine> lines)
    {
        var byLine = result.Problems.Where(p => p.Line is not null).ToLookup(p => p.Line!.Value);
        // A .docx table row and the paragraphs of a framed cell share a number: the problems go with the first of them.
        var shown = new HashSet<int>();
        var proposal = lines.Select(l => new ProposalLine(l.Number, l.Text, shown.Add(l.Number) ? byLine[l.Number].ToList() : [])).ToList();
        var known = lines.Select(l => l.Number).ToHashSet();
        var unplaced = result.Problems.Where(p => p.Line is not { } n || !known.Contains(n)).ToList();
        return new RubricProposal(result, proposal, unplaced);
    }
}
