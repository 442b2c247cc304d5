using System.Text;

namespace ChatAppraisal.Rubrics.Import;

/// <summary>A heading or an item of the plan as read, before it becomes part of a rubric.</summary>
public sealed class PlanNode(int line, string source, string title)
{
    public int Line { get; } = line;

    /// <summary>The whole line it came from, for the problem list.</summary>
    public string Source { get; } = source;

    public string Title { get; set; } = title;
    public decimal? Points { get; set; }
    public decimal? ScaleTo { get; set; }
    public string? Department { get; set; }
    public Numbering.Style Style { get; init; }
    public List<PlanNode> Children { get; } = [];
    public StringBuilder Criteria { get; } = new();

    /// <summary>Texts of the section (its own lines and its children's), for the bonus, deduction, veto and grade sections.</summary>
    public List<PlanLine> Lines { get; } = [];

    public bool HasScoredBelow => Children.Any(c => c.Points is not null || c.HasScoredBelow);

    public void AddCriteria(string text)
    {
        if (text.Length == 0) return;
        if (Criteria.Length > 0) Criteria.Append('\n');
        Criteria.Append(text);
    }

    public IEnumerable<PlanNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    public override string ToString() => $"{Title} {Points}";
}
