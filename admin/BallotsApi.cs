using System.Text.Json.Serialization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

public sealed record SlipsBody(int? Slips);

/// <summary>The count per grade, named as the form names them.</summary>
public sealed record BallotCountsDto(
    [property: JsonPropertyName("好")] int Good,
    [property: JsonPropertyName("较好")] int FairlyGood,
    [property: JsonPropertyName("一般")] int Fair,
    [property: JsonPropertyName("较差")] int Poor);

/// <param name="Counts">
/// The count per grade: null while the ballot is open (only <c>cast</c> is shown, so nobody learns a vote by watching), and
/// null after closing when fewer than the policy's <c>minimumVotes</c> were cast.
/// </param>
public sealed record BallotDto(int Id, int VillageId, int Issued, int Cast, BallotCountsDto? Counts, bool Closed)
{
    public static BallotDto From(BallotShown b) => new(b.Id, b.Ballot.VillageId, b.Issued, b.Cast,
        b.GradesShown
            ? new BallotCountsDto(b.Ballot.Count(BallotGrade.Good), b.Ballot.Count(BallotGrade.FairlyGood), b.Ballot.Count(BallotGrade.Fair), b.Ballot.Count(BallotGrade.Poor))
            : null,
        b.Closed);

    public static BallotDto From(BallotDoc b, BallotPolicies policies) => From(new BallotShown(b, policies.For(b.PeriodId)));
}

/// <param name="Codes">The slips' codes issued by this request (all of them when opening, the new ones when adding).</param>
/// <param name="Links">The voting link of each code, in the same order (<c>{Web:PublicBaseUrl}/v/{code}</c>).</param>
public sealed record BallotSlipsDto(int Id, int VillageId, IReadOnlyList<string> Codes, IReadOnlyList<string> Links);

public sealed record BallotWeightsDto(
    [property: JsonPropertyName("好")] decimal Good,
    [property: JsonPropertyName("较好")] decimal FairlyGood,
    [property: JsonPropertyName("一般")] decimal Fair,
    [property: JsonPropertyName("较差")] decimal Poor);

public sealed record FedItemDto(string? Category, string? Item);

/// <param name="Weights">Each grade's share of an item's maximum, 0 to 1.</param>
/// <param name="Items">The rubric items the ballot's proposed scores go to, by category and item name.</param>
/// <param name="MinimumVotes">
/// The fewest votes whose grades are shown and scored (default 5); optional in a PUT (left out, the period's stays).
/// </param>
public sealed record BallotPolicyDto(BallotWeightsDto? Weights, IReadOnlyList<FedItemDto>? Items, int? MinimumVotes = null)
{
    public static BallotPolicyDto From(BallotPolicyDoc p) =>
        new(new BallotWeightsDto(p.Weights[0], p.Weights[1], p.Weights[2], p.Weights[3]),
            p.Items.Select(i => new FedItemDto(i.Category, i.Item)).ToList(), p.MinimumVotes);
}

/// <summary>
/// /api/villages/{id}/ballots and /api/ballots: the democratic evaluation's ballots (open, add slips, read the tally,
/// close), and each period's ballot policy. Services come [FromServices] explicitly: they are the ballots' own
/// (<c>AddBallots()</c>), and are never to be read from a request body.
/// </summary>
public static class BallotsApi
{
    public static IEndpointRouteBuilder MapBallots(this IEndpointRouteBuilder api)
    {
        api.MapPost("/villages/{id}/ballots", Results<Created<BallotSlipsDto>, ValidationProblem, NotFoundProblem, ConflictProblem> (
                int id, SlipsBody body, [FromServices] Periods periods, [FromServices] BallotBook book, [FromServices] BallotLinks links) =>
            {
                if (body.Slips is not { } slips || slips < 1 || slips > BallotBook.MaxSlips) return BadSlips(BallotBook.MaxSlips);
                var outcome = book.Open(AdminActor.Instance, periods.Active(), id, slips);
                return outcome.Refusal switch
                {
                    BallotRefusal.None => TypedResults.Created($"/api/ballots/{outcome.Ballot!.Id}", Slips(outcome, links)),
                    BallotRefusal.AlreadyExists => ApiProblems.Conflict("id",
                        $"Village {id} already has ballot {outcome.Ballot!.Id} in this period ({(outcome.Ballot.Closed ? "closed" : "open")}); add slips with POST /api/ballots/{outcome.Ballot.Id}/slips."),
                    BallotRefusal.BadCount => BadSlips(BallotBook.MaxSlips),
                    _ => VillagesApi.UnknownVillage(id),
                };
            })
            .WithTags("Ballots")
            .WithSummary("Open a village's democratic evaluation with N single-use slips (at most 500)");

        var group = api.MapGroup("/ballots/{id}").WithTags("Ballots");

        group.MapGet("/", Results<Ok<BallotDto>, NotFoundProblem> (int id, [FromServices] BallotBook book, [FromServices] BallotPolicies policies) =>
                book.Find(id) is { } ballot ? TypedResults.Ok(BallotDto.From(ballot, policies)) : UnknownBallot(id))
            .WithSummary("A ballot's tally: slips issued, votes cast, whether it is closed; the count per grade only once closed with enough votes");

        group.MapPost("/slips", Results<Ok<BallotSlipsDto>, ValidationProblem, NotFoundProblem, ConflictProblem> (
                int id, SlipsBody body, [FromServices] BallotBook book, [FromServices] BallotLinks links) =>
            {
                if (book.Find(id) is not { } ballot) return UnknownBallot(id);
                var room = BallotBook.MaxSlips - ballot.Issued;
                if (body.Slips is not { } slips || slips < 1 || slips > room)
                    return room > 0 ? BadSlips(room) : ApiProblems.Conflict("slips", $"Ballot {id} has {ballot.Issued} slips, the most a ballot holds.");
                var outcome = book.AddSlips(AdminActor.Instance, id, slips);
                return outcome.Refusal switch
                {
                    BallotRefusal.None => TypedResults.Ok(Slips(outcome, links)),
                    BallotRefusal.Closed => Closed(id),
                    BallotRefusal.BadCount => BadSlips(room),
                    _ => UnknownBallot(id),
                };
            })
            .WithSummary("Add slips to an open ballot (at most 500 in all)");

        group.MapPost("/close", Results<Ok<BallotDto>, NotFoundProblem, ConflictProblem> (int id, [FromServices] BallotBook book, [FromServices] BallotPolicies policies) =>
                book.Close(AdminActor.Instance, id) switch
                {
                    { Refusal: BallotRefusal.None, Ballot: { } b } => TypedResults.Ok(BallotDto.From(b, policies)),
                    { Refusal: BallotRefusal.Closed } => Closed(id),
                    _ => UnknownBallot(id),
                })
            .WithSummary("Close a ballot: later votes do not count; an examiner then stores its proposed scores (/ballotscore)");

        var policy = api.MapGroup("/periods/{id}/ballot-policy").WithTags("Ballots");

        policy.MapGet("/", Results<Ok<BallotPolicyDto>, NotFoundProblem> (int id, [FromServices] Periods periods, [FromServices] BallotPolicies policies) =>
                periods.Find(id) is null ? UnknownPeriod(id) : TypedResults.Ok(BallotPolicyDto.From(policies.For(id))))
            .WithSummary("A period's ballot policy: the weight of each grade and the rubric items the ballot feeds");

        policy.MapPut("/", Results<Ok<BallotPolicyDto>, ValidationProblem, NotFoundProblem> (
                int id, BallotPolicyDto body, [FromServices] Periods periods, [FromServices] BallotPolicies policies) =>
            {
                if (periods.Find(id) is not { } period) return UnknownPeriod(id);
                if (body.Weights is not { } w) return ApiProblems.Invalid("weights", "weights is required: {\"好\":1,\"较好\":0.8,\"一般\":0.6,\"较差\":0}.");
                if (body.Items is null || body.Items.Any(i => string.IsNullOrWhiteSpace(i.Category) || string.IsNullOrWhiteSpace(i.Item)))
                    return ApiProblems.Invalid("items", "items is required, each with category and item, e.g. [{\"category\":\"党建工作\",\"item\":\"民主测评\"}].");
                var doc = new BallotPolicyDoc
                {
                    Weights = [w.Good, w.FairlyGood, w.Fair, w.Poor],
                    Items = body.Items.Select(i => new FedItem(i.Category!.Trim(), i.Item!.Trim())).ToList(),
                    MinimumVotes = body.MinimumVotes ?? policies.For(id).MinimumVotes,
                };
                var errors = policies.Set(period, doc);
                return errors.Count == 0
                    ? TypedResults.Ok(BallotPolicyDto.From(policies.For(id)))
                    : ApiProblems.Invalid(errors.GroupBy(e => e.StartsWith("minimumVotes") ? "minimumVotes" : e.Contains("weight") ? "weights" : "items").ToDictionary(g => g.Key, g => g.ToArray()));
            })
            .WithSummary("Set a period's ballot policy");

        return api;
    }

    static BallotSlipsDto Slips(BallotOutcome outcome, BallotLinks links) =>
        new(outcome.Ballot!.Id, outcome.Ballot.VillageId, outcome.NewCodes!, outcome.NewCodes!.Select(links.LinkFor).ToList());

    static ValidationProblem BadSlips(int most) => ApiProblems.Invalid("slips", $"slips must be a whole number from 1 to {most}, e.g. {{\"slips\": 35}}.");

    static NotFoundProblem UnknownBallot(int id) => ApiProblems.NotFound("id", $"There is no ballot with id {id}.");

    static NotFoundProblem UnknownPeriod(int id) => ApiProblems.NotFound("id", $"There is no period with id {id}.");

    static ConflictProblem Closed(int id) => ApiProblems.Conflict("id", $"Ballot {id} is closed: it takes no more slips or votes.");
}
