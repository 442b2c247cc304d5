using ChatAppraisal.Rubrics.Import;

namespace ChatAppraisal;

/// <summary>An import problem of a plan read into a rubric, beside the rubric's own problem texts (Texts.Rubric.cs).</summary>
public abstract partial class Texts
{
    public abstract string ImportProblemText(ImportProblem problem);

    protected static string Figure(decimal? value) => value is { } v ? Scoring.Points.Format(v) : "";
}
