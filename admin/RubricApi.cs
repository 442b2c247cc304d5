using System.Text.Json;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

public sealed record RubricItemDto(string Name, decimal Max);

/// <param name="Alias">The short name leaders type in a rating message; required when the rubric is sent back.</param>
public sealed record RubricCategoryDto(string Name, string Group, string Alias, decimal Max, decimal LeaderCap, IReadOnlyList<RubricItemDto> Items);

/// <summary>A category whose items do not add up to its maximum: kept as written, capped by the policy.</summary>
public sealed record RubricWarningDto(string Category, decimal ItemSum, decimal Max, string Message);

/// <summary>The active period's rubric; the same JSON (without periodId, period, warnings) is what PUT takes.</summary>
public sealed record RubricDto(int PeriodId, string Period, string Title, IReadOnlyList<RubricCategoryDto> Categories, IReadOnlyList<RubricWarningDto> Warnings)
{
    public static RubricDto From(PeriodView period) => new(period.Id, period.Name, period.Rubric.Title,
        period.Rubric.Categories.Select(c => new RubricCategoryDto(c.Name, c.Group, c.Alias, c.Max, c.LeaderCap,
            c.Items.Select(i => new RubricItemDto(i.Name, i.Max)).ToList())).ToList(),
        RubricValidator.Warnings(period.Rubric).Select(w => new RubricWarningDto(w.Category, w.ItemSum, w.Max, w.ToString())).ToList());
}

/// <summary>/api/rubric: the score sheet's categories and items for the active period.</summary>
public static class RubricApi
{
    public static IEndpointRouteBuilder MapRubric(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/rubric").WithTags("Rubric");

        group.MapGet("/", (Periods periods) => TypedResults.Ok(RubricDto.From(periods.Active())))
            .WithSummary("The active period's rubric, with the document's figures that do not add up");

        group.MapPut("/", Results<Ok<RubricDto>, ValidationProblem, ConflictProblem> (RubricJson.RubricDto body, Periods periods, PeriodSetup setup) =>
            {
                var active = periods.Active();
                // Bound for a typed schema and field-naming binding errors; RubricJson.Parse (inside) is still the one validator.
                var outcome = setup.ReplaceRubric(AdminActor.Instance, active.Id, JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
                return outcome switch
                {
                    { Ok: true, Period: { } p } => TypedResults.Ok(RubricDto.From(periods.View(p))),
                    { Refusal: PeriodRefusal.ScoringBegan, Entries: { } entries } => ApiProblems.Conflict("categories",
                        $"Scoring has begun in {active.Name} ({entries}): its rubric can no longer change. " +
                        "Create a new period (POST /api/periods), change its rubric there, then activate it."),
                    _ => ApiProblems.Invalid("categories", string.Join(" ", outcome.Errors ?? ["The rubric is invalid."])),
                };
            })
            .WithSummary("Replace the active period's rubric (refused once any score exists in it)");

        return api;
    }
}
