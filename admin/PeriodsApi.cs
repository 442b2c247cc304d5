using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

public sealed record PeriodDto(int Id, string Name, bool Active, DateTime CreatedAt)
{
    public static PeriodDto From(PeriodDoc p) => new(p.Id, p.Name, p.Active, p.CreatedAt);
}

/// <param name="CopyFrom">The period whose rubric and policy the new one starts with; the active period when left out.</param>
public sealed record NewPeriodBody(string? Name, int? CopyFrom);

/// <param name="LeaderAggregation">"mean", or "trimmed" (drop one highest and one lowest leader total; needs 3 raters).</param>
/// <param name="ReasonsRequired">Whether a score below an item's maximum needs a reason (扣分原因).</param>
/// <param name="ConflictedLeaders">"refuse" (default): a leader who works for a village may not rate it; "exclude": the rating is taken but left out of the mean.</param>
public sealed record PolicyDto(decimal OnsiteWeight, decimal LeaderWeight, string LeaderAggregation, bool CapCategoryAtMax, bool ReasonsRequired = false,
    string ConflictedLeaders = "refuse")
{
    public static PolicyDto From(ScoringPolicy p) =>
        new(p.OnsiteWeight, p.LeaderWeight, p.LeaderAggregation == Scoring.LeaderAggregation.Trimmed ? "trimmed" : "mean", p.CapCategoryAtMax,
            p.ReasonsRequired, p.ConflictedLeaders == Scoring.ConflictedLeaders.Exclude ? "exclude" : "refuse");
}

/// <summary>The whole policy: every field is required, except the later ones, which keep the period's value when left out.</summary>
/// <param name="ReasonsRequired">Optional: left out, the period's current setting stays.</param>
/// <param name="ConflictedLeaders">Optional: "refuse" or "exclude"; left out, the period's current setting stays.</param>
public sealed record PolicyBody(decimal? OnsiteWeight, decimal? LeaderWeight, string? LeaderAggregation, bool? CapCategoryAtMax,
    bool? ReasonsRequired = null, string? ConflictedLeaders = null);

/// <summary>/api/periods: appraisal years, the active one, and each one's scoring policy.</summary>
public static class PeriodsApi
{
    static readonly string[] PolicyFields = ["onsiteWeight", "leaderWeight", "leaderAggregation", "capCategoryAtMax", "conflictedLeaders"];

    public static IEndpointRouteBuilder MapPeriods(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/periods").WithTags("Periods");

        group.MapGet("/", (PeriodSetup setup) => TypedResults.Ok(setup.All().Select(PeriodDto.From).ToList()))
            .WithSummary("List the appraisal periods");

        group.MapPost("/", Results<Created<PeriodDto>, ValidationProblem, ConflictProblem> (NewPeriodBody body, PeriodSetup setup) =>
            setup.Create(AdminActor.Instance, body.Name, body.CopyFrom) switch
            {
                { Ok: true, Period: { } p } => TypedResults.Created($"/api/periods/{p.Id}", PeriodDto.From(p)),
                { Refusal: PeriodRefusal.DuplicateName, Period: { } holder } =>
                    ApiProblems.Conflict("name", $"Period {holder.Id} is already called {holder.Name}; period names must differ."),
                { Refusal: PeriodRefusal.UnknownSource } =>
                    ApiProblems.Invalid("copyFrom", $"There is no period with id {body.CopyFrom} to copy from; see GET /api/periods."),
                _ => ApiProblems.Invalid("name", $"name must be 1 to {Names.MaxLength} characters, e.g. \"2018年度\"."),
            })
            .WithSummary("Create a period with a copy of another's rubric and policy (inactive until activated)");

        group.MapPost("/{id}/activate", Results<Ok<PeriodDto>, NotFoundProblem> (int id, PeriodSetup setup) =>
            setup.Activate(AdminActor.Instance, id) is { Ok: true, Period: { } p } ? TypedResults.Ok(PeriodDto.From(p)) : UnknownPeriod(id))
            .WithSummary("Make a period the active one: the one scored, ranked and exported");

        group.MapGet("/{id}/policy", Results<Ok<PolicyDto>, NotFoundProblem> (int id, Periods periods) =>
            periods.Find(id) is { } p ? TypedResults.Ok(PolicyDto.From(p.Policy)) : UnknownPeriod(id))
            .WithSummary("A period's scoring policy");

        group.MapPut("/{id}/policy", Results<Ok<PolicyDto>, ValidationProblem, NotFoundProblem, ConflictProblem> (int id, PolicyBody body, PeriodSetup setup, Periods periods) =>
            {
                if (periods.Find(id) is not { } current) return UnknownPeriod(id);
                if (ToPolicy(body, current.Policy) is not { } policy) return PolicyProblem(body);
                return setup.SetPolicy(AdminActor.Instance, id, policy) switch
                {
                    { Ok: true, Period: { } p } => TypedResults.Ok(PolicyDto.From(p.Policy)),
                    { Refusal: PeriodRefusal.UnknownPeriod } => UnknownPeriod(id),
                    { Refusal: PeriodRefusal.Published, Period: { } p } => ApiProblems.Conflict("id",
                        $"The results of {p.Name} are published: its policy changes only after an admin reopens them (/reopen REASON in the chat)."),
                    var refused => ApiProblems.Invalid((refused.Errors ?? []).GroupBy(FieldOf).ToDictionary(g => g.Key, g => g.ToArray())),
                };
            })
            .WithSummary("Change a period's scoring policy (the ranking follows at once)");

        return api;
    }

    static NotFoundProblem UnknownPeriod(int id) => ApiProblems.NotFound("id", $"There is no period with id {id}.");

    static ScoringPolicy? ToPolicy(PolicyBody b, ScoringPolicy current) =>
        b is { OnsiteWeight: { } onsite, LeaderWeight: { } leader, CapCategoryAtMax: { } cap } && Aggregation(b.LeaderAggregation) is { } aggregation
          && (b.ConflictedLeaders is null || Conflicted(b.ConflictedLeaders) is not null)
            ? current with
            {
                OnsiteWeight = onsite, LeaderWeight = leader, LeaderAggregation = aggregation, CapCategoryAtMax = cap,
                ReasonsRequired = b.ReasonsRequired ?? current.ReasonsRequired,
                ConflictedLeaders = b.ConflictedLeaders is null ? current.ConflictedLeaders : Conflicted(b.ConflictedLeaders)!.Value,
            }
            : null;

    static ConflictedLeaders? Conflicted(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "refuse" => Scoring.ConflictedLeaders.Refuse,
        "exclude" => Scoring.ConflictedLeaders.Exclude,
        _ => null,
    };

    static LeaderAggregation? Aggregation(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "mean" => LeaderAggregation.Mean,
        "trimmed" => LeaderAggregation.Trimmed,
        _ => null,
    };

    static ValidationProblem PolicyProblem(PolicyBody b)
    {
        var errors = new Dictionary<string, string[]>();
        if (b.OnsiteWeight is null) errors["onsiteWeight"] = ["onsiteWeight is required: the on-site share of the final score, e.g. 0.9."];
        if (b.LeaderWeight is null) errors["leaderWeight"] = ["leaderWeight is required: the leadership share of the final score, e.g. 0.1."];
        if (Aggregation(b.LeaderAggregation) is null)
            errors["leaderAggregation"] = [$"leaderAggregation must be \"mean\" or \"trimmed\"{(b.LeaderAggregation is null ? "" : $", not \"{b.LeaderAggregation}\"")}."];
        if (b.ConflictedLeaders is not null && Conflicted(b.ConflictedLeaders) is null)
            errors["conflictedLeaders"] = [$"conflictedLeaders must be \"refuse\" or \"exclude\", not \"{b.ConflictedLeaders}\"."];
        if (b.CapCategoryAtMax is null) errors["capCategoryAtMax"] = ["capCategoryAtMax is required: true caps a category at its maximum."];
        return ApiProblems.Invalid(errors);
    }

    /// <summary>ScoringPolicy's errors start with the field they are about ("onsiteWeight must lie in [0, 1]…").</summary>
    static string FieldOf(string error) => PolicyFields.FirstOrDefault(f => error.StartsWith(f, StringComparison.Ordinal)) ?? "policy";
}
