using System.Text.Json;
using System.Text.Json.Serialization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="Items">Its own items where the plan goes deeper; absent for a scorable item.</param>
/// <param name="Criteria">The plan's text for it (考核指标, 评分标准).</param>
/// <param name="Department">The office that scores it (负责考核部门).</param>
/// <param name="ScaleTo">Scored out of max, counted as this.</param>
public sealed record RubricItemDto(string Name, decimal Max,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RubricItemDto>? Items = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Criteria = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Department = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ScaleTo = null)
{
    public static IReadOnlyList<RubricItemDto> From(IReadOnlyList<Item> items) =>
        items.Select(i => new RubricItemDto(i.Name, i.Max, i.IsLeaf ? null : From(i.Items), i.Criteria, i.Department, i.ScaleTo)).ToList();
}

/// <param name="Alias">The short name leaders type in a rating message; required when the rubric is sent back.</param>
public sealed record RubricCategoryDto(string Name, string Group, string Alias, decimal Max, decimal LeaderCap, IReadOnlyList<RubricItemDto> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Criteria = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Department = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ScaleTo = null);

/// <summary>A category (or a nested block, named by its path) whose items do not add up to its maximum: kept as written, capped by the policy.</summary>
public sealed record RubricWarningDto(string Category, decimal ItemSum, decimal Max, string Message);

/// <summary>
/// A rubric as the API shows it: the active period's (GET), or a proposal read from a plan (POST /api/rubric/import, without
/// periodId and period). The same JSON, without periodId, period and warnings, is what PUT takes.
/// </summary>
public sealed record RubricDto(int? PeriodId, string? Period, string Title, IReadOnlyList<RubricCategoryDto> Categories, IReadOnlyList<RubricWarningDto> Warnings)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public RubricJson.SideDto? Bonus { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public RubricJson.SideDto? Deductions { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<RubricJson.VetoDto?>? Veto { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public RubricJson.GradesDto? Grades { get; init; }

    public static RubricDto From(PeriodView period) => From(period.Rubric, period.Id, period.Name);

    public static RubricDto From(Rubric rubric, int? periodId = null, string? period = null)
    {
        var json = RubricJson.ToDto(rubric);
        return new(periodId, period, rubric.Title,
            rubric.Categories.Select(c => new RubricCategoryDto(c.Name, c.Group, c.Alias, c.Max, c.LeaderCap, RubricItemDto.From(c.Items),
                c.Criteria, c.Department, c.ScaleTo)).ToList(),
            RubricValidator.Warnings(rubric).Select(w => new RubricWarningDto(w.Category, w.ItemSum, w.Max, w.ToString())).ToList())
        {
            Bonus = json.Bonus, Deductions = json.Deductions, Veto = json.Veto, Grades = json.Grades,
        };
    }
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
