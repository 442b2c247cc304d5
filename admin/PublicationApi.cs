using ChatAppraisal.Appraisal;
using ChatAppraisal.Publication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="WorkingDays">The objection window in working days (Monday to Friday), 1–30.</param>
/// <param name="Confirm">Publish although some sheets are not sealed (the first answer names them: 409).</param>
public sealed record PublishBody(int? WorkingDays, bool Confirm = false);

/// <summary>A village official told of their village's result, and the channels it went on (empty: bound on none).</summary>
public sealed record ToldDto(int VillageId, string Village, int MemberId, string Member, IReadOnlyList<string> Channels);

/// <param name="LastDay">The window's last working day in the town; objections are taken until its end (<c>WindowEndsAt</c>).</param>
public sealed record PublicationDto(int PeriodId, DateTime PublishedAt, string PublishedBy, int WorkingDays, string LastDay,
    DateTime WindowEndsAt, bool Final, DateTime? FinalAt, IReadOnlyList<string> Unsealed, IReadOnlyList<ToldDto> Told)
{
    public static PublicationDto From(PublicationDoc d) => new(d.Id, d.PublishedAt, d.PublishedByName, d.WorkingDays, d.LastDay,
        d.WindowEndsAt, d.Final, d.FinalAt, d.Unsealed,
        d.Told.Select(t => new ToldDto(t.VillageId, t.Village, t.MemberId, t.MemberName, t.Channels)).ToList());
}

/// <summary>/api/periods/{id}/publish and /publication: 公示, the objection window, who was told.</summary>
public static class PublicationApi
{
    public static IEndpointRouteBuilder MapPublication(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/periods").WithTags("Publication");

        group.MapPost("/{id}/publish", Results<Ok<PublicationDto>, ValidationProblem, NotFoundProblem, ConflictProblem>
                (int id, PublishBody body, Periods periods, Publications publications) =>
            {
                if (periods.Find(id) is not { } period) return ApiProblems.NotFound("id", $"There is no period with id {id}; see GET /api/periods.");
                if (body.WorkingDays is not { } days)
                    return ApiProblems.Invalid("workingDays", $"workingDays is required: the objection window in working days, 1 to {WorkingDays.Max}, e.g. {{\"workingDays\": 5}}.");
                var outcome = publications.Publish(AdminActor.Instance, period, days, body.Confirm);
                return outcome.Refusal switch
                {
                    PublishRefusal.None => TypedResults.Ok(PublicationDto.From(outcome.Publication!)),
                    PublishRefusal.BadWorkingDays => ApiProblems.Invalid("workingDays", $"workingDays must be 1 to {WorkingDays.Max} working days, e.g. 5."),
                    PublishRefusal.Unsealed => ApiProblems.Conflict("confirm",
                        $"{outcome.Unsealed!.Count} sheets are not sealed: {string.Join(", ", outcome.Unsealed)}. Seal them, or send {{\"workingDays\": {days}, \"confirm\": true}} to publish anyway."),
                    PublishRefusal.AlreadyPublished => ApiProblems.Conflict("id",
                        $"Period {id} was published at {outcome.Publication!.PublishedAt:u}; an admin's reopen (/reopen REASON) comes before publishing again."),
                    _ => ApiProblems.Conflict("id", "There is no village to publish results for; add villages first."),
                };
            })
            .WithSummary("Publish the period's results (公示) with an objection window; each village's officials are told");

        group.MapGet("/{id}/publication", Results<Ok<PublicationDto>, NotFoundProblem> (int id, Publications publications) =>
                publications.Find(id) is { Open: true } doc
                    ? TypedResults.Ok(PublicationDto.From(doc))
                    : ApiProblems.NotFound("id", $"The results of period {id} are not published."))
            .WithSummary("The period's publication: its window, whether final, who was told");

        return api;
    }
}
