using ChatAppraisal.Rubrics.Import;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string ImportProblemText(ImportProblem p)
    {
        var (v, x, d) = (Figure(p.Value), Figure(p.Expected), p.Detail ?? "");
        return p.Fault switch
        {
            ImportFault.PointsWithoutFen => $"'{d}': the figure {v} has no 分; read as {v} points, please check.",
            ImportFault.MissingBracket => $"'{d}': a bracket of the points is missing; read as {v} points.",
            ImportFault.MissingSeparator => $"'{d}': no comma before it; read as a separate item.",
            ImportFault.ChildrenDoNotAddUp => $"'{d}' says {x} points and its items add up to {v}; kept as written, its score is capped at {x}.",
            ImportFault.BlockWithoutPoints => $"'{d}' gives no points; counted as its items' sum, {v}.",
            ImportFault.TextWithoutPoints => $"'{d}' has no points and was not read as an item.",
            ImportFault.PointsWithoutName => $"The points {v} have no name before them and were not read.",
            ImportFault.NoCategories => "No scored category was found: check the headings' numbering (一、 (一) 1. (1)) and the points (\"(10分)\").",
            ImportFault.LeaderCapUnmatched => $"The leadership cap '{d}' ({v} points) matches no category.",
            ImportFault.LeaderCapMissing => $"Category '{d}' has no leadership cap; it counts 0.",
            ImportFault.VetoConsequenceGuessed => $"Veto '{d}' does not say its consequence; read as not 优秀.",
            ImportFault.SideLineWithoutPoints => $"'{d}' has no points and was not read.",
            ImportFault.GradeUnread => $"'{d}': no grade with a count or a score line could be read.",
            ImportFault.RubricRule when p.Rubric is { } rubric => RubricProblemText(rubric),
            ImportFault.FileUnreadable => $"The file cannot be read: {d}. Upload a .docx, .txt or .xlsx file, or paste the plan's text.",
            ImportFault.CellUnread => $"The column '{d}' cannot be read or is empty; fill it in as the sheet 说明 says.",
            ImportFault.LevelSkipped => $"'{d}' is at level {v}, more than one below the row above; read as level {x}.",
            _ => p.Fault.ToString(),
        };
    }
}
