using ChatAppraisal.Admin.ApiKey;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Towns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

public sealed record TownDto(int Id, string Name, string Period, int Villages, int ItemsScored, int ItemsTotal, int SheetsSealed,
    int RatingsGiven, int RatingsExpected, string? Top, string? Bottom)
{
    public static TownDto From(TownProgress t) =>
        new(t.Id, t.Name, t.Period, t.Villages, t.ItemsScored, t.ItemsTotal, t.SheetsSealed, t.RatingsGiven, t.RatingsExpected, t.Top, t.Bottom);
}

public sealed record TownBody(string? Name);

public sealed record NewTownDto(int Id, string Name);

/// <param name="Key">Shown this once: only its hash is kept.</param>
public sealed record TownKeyDto(string Id, string Key);

/// <summary>
/// /api/towns: the county's towns (the county's key only). Every other route also answers under /api/towns/{townId}/…, for
/// that town (see <see cref="ApiKeyMiddleware"/>); without the prefix it is the default town's.
/// </summary>
public static class TownsApi
{
    public static IEndpointRouteBuilder MapTowns(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/towns").WithTags("Towns").WithMetadata(CountyOnly.Instance);

        group.MapGet("/", (CountyProgress county) => TypedResults.Ok(county.Build().Select(TownDto.From).ToList()))
            .WithSummary("List the towns with their progress (items scored, sheets sealed, ratings in) and first and last villages");

        group.MapPost("/", Results<Created<NewTownDto>, ValidationProblem, ConflictProblem> (TownBody body, TownList towns) =>
            towns.Add(body.Name) switch
            {
                { Ok: true, Town: { } t } => TypedResults.Created($"/api/towns/{t.Id}", new NewTownDto(t.Id, t.Name)),
                { Refusal: TownRefusal.DuplicateName, Town: { } holder } =>
                    ApiProblems.Conflict("name", $"Town {holder.Id} is already called {holder.Name}; town names must differ."),
                _ => ApiProblems.Invalid("name", $"name must be 1 to {Names.MaxLength} characters, e.g. \"柳河镇\"."),
            })
            .WithSummary("Add a town (with its first period and the seed rubric)");

        group.MapPost("/{townId}/keys", Results<Created<TownKeyDto>, NotFoundProblem> (int townId, TownList towns, TownKeys keys) =>
            {
                if (towns.Find(townId) is null) return UnknownTown(townId);
                var (id, key) = keys.Create(townId);
                return TypedResults.Created($"/api/towns/{townId}/keys/{id}", new TownKeyDto(id, key));
            })
            .WithSummary("Make a key for the town's routes (shown once, kept hashed)");

        group.MapDelete("/{townId}/keys/{id}", Results<NoContent, NotFoundProblem> (int townId, string id, TownKeys keys) =>
                keys.Revoke(townId, id) ? TypedResults.NoContent() : ApiProblems.NotFound("id", $"Town {townId} has no key {id}."))
            .WithSummary("Revoke a town's key");

        return api;
    }

    public static NotFoundProblem UnknownTown(int id) => ApiProblems.NotFound("townId", $"There is no town with id {id}.");
}
