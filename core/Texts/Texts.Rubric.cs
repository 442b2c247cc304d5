using ChatAppraisal.Rubrics;

namespace ChatAppraisal;

/// <summary>A rubric's problem in words: English (the admin API's, unchanged since it began) and Chinese (the console's).</summary>
public abstract partial class Texts
{
    public abstract string RubricProblemText(RubricProblem problem);

    protected static string Named(string? name, string unnamed) => string.IsNullOrEmpty(name) ? unnamed : name;
}
