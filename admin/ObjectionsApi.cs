using ChatAppraisal.Appraisal;
using ChatAppraisal.Publication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

public sealed record ObjectionFileDto(string FileName, long Size, string Sha256);

/// <param name="Status">open, upheld or rejected.</param>
/// <param name="Score">The item's score when the objection was made; <c>NewScore</c> once upheld.</param>
public sealed record ObjectionDto(int Id, int PeriodId, int VillageId, string Village, int Category, int Item, string ItemName, decimal? Score,
    string Text, string Member, DateTime At, IReadOnlyList<ObjectionFileDto> Evidence, string Status, decimal? NewScore, string? Answer,
    string? AnsweredBy, DateTime? AnsweredAt)
{
    public static ObjectionDto From(ObjectionDoc o, string village) => new(o.Id, o.PeriodId, o.VillageId, village, o.Category + 1, o.Item + 1,
        o.ItemName, o.Score, o.Text, o.MemberName, o.At, o.Evidence.Select(e => new ObjectionFileDto(e.FileName, e.Size, e.Sha256)).ToList(),
        o.Status.ToString().ToLowerInvariant(), o.NewScore, o.Answer, o.AnsweredByName, o.AnsweredAt);
}

public sealed record UpholdBody(decimal? Score, string? Note);

public sealed record RejectBody(string? Reason);

/// <summary>/api/objections: the villages' objections (申诉) to published results, and the office's answers.</summary>
public static class ObjectionsApi
{
    public static IEndpointRouteBuilder MapObjections(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/objections").WithTags("Objections");

        group.MapGet("/", (bool? all, Periods periods, Objections objections) =>
                TypedResults.Ok(objections.OfPeriod(periods.Active().Id, openOnly: all != true)
                    .Select(o => ObjectionDto.From(o, objections.VillageName(o.VillageId))).ToList()))
            .WithSummary("The active period's open objections (?all=true: answered ones too)");

        group.MapPost("/{id}/uphold", Results<Ok<ObjectionDto>, ValidationProblem, NotFoundProblem, ConflictProblem>
                (int id, UpholdBody body, Periods periods, Objections objections) =>
            {
                if (body.Score is not { } score) return ApiProblems.Invalid("score", "score is required: the item's new score, e.g. {\"score\": 13}.");
                return Answer(id, objections, objections.Uphold(AdminActor.Instance, periods.Active(), id, score, body.Note));
            })
            .WithSummary("采纳: uphold the objection; the item is rescored through an audited reopen, the sheet sealed again, the village told");

        group.MapPost("/{id}/reject", Results<Ok<ObjectionDto>, ValidationProblem, NotFoundProblem, ConflictProblem>
                (int id, RejectBody body, Periods periods, Objections objections) =>
                Answer(id, objections, objections.Reject(AdminActor.Instance, periods.Active(), id, body.Reason)))
            .WithSummary("驳回: reject the objection with a reason; the village is told");

        return api;
    }

    static Results<Ok<ObjectionDto>, ValidationProblem, NotFoundProblem, ConflictProblem> Answer(int id, Objections objections, ObjectionOutcome outcome) =>
        outcome switch
        {
            { Ok: true, Objection: { } o } => TypedResults.Ok(ObjectionDto.From(o, objections.VillageName(o.VillageId))),
            { Refusal: ObjectionRefusal.OutOfRange } => ApiProblems.Invalid("score", "score must be 0 to the item's maximum, with at most 2 decimals."),
            { Refusal: ObjectionRefusal.ReasonRequired } => ApiProblems.Invalid("reason", "reason is required: why the objection is rejected."),
            { Refusal: ObjectionRefusal.AlreadyAnswered, Objection: { } o } => ApiProblems.Conflict("id", $"Objection {id} was already {o.Status.ToString().ToLowerInvariant()} at {o.AnsweredAt:u}."),
            _ => ApiProblems.NotFound("id", $"There is no objection {id} in the active period; see GET /api/objections?all=true."),
        };
}
