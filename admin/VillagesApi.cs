using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

public sealed record VillageDto(int Id, string Name)
{
    public static VillageDto From(VillageDoc v) => new(v.Id, v.Name);
}

public sealed record VillageBody(string? Name);

/// <summary>/api/villages: the appraised villages.</summary>
public static class VillagesApi
{
    public static IEndpointRouteBuilder MapVillages(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/villages").WithTags("Villages");

        group.MapGet("/", (VillageRoster villages) => TypedResults.Ok(villages.All().Select(VillageDto.From).ToList()))
            .WithSummary("List the villages");

        group.MapPost("/", Results<Created<VillageDto>, ValidationProblem, ConflictProblem> (VillageBody body, VillageRoster villages) =>
            villages.Add(AdminActor.Instance, body.Name) switch
            {
                { Ok: true, Village: { } v } => TypedResults.Created($"/api/villages/{v.Id}", VillageDto.From(v)),
                { Refusal: VillageRefusal.DuplicateName, Village: { } holder } => DuplicateName(holder),
                { Refusal: VillageRefusal.Published } => ApiProblems.Conflict("name",
                    "The active period's results are published: no village can join them until an admin reopens them (/reopen REASON in the chat)."),
                _ => InvalidName(),
            })
            .WithSummary("Add a village");

        group.MapPut("/{id}", Results<Ok<VillageDto>, ValidationProblem, NotFoundProblem, ConflictProblem> (int id, VillageBody body, VillageRoster villages) =>
            villages.Rename(AdminActor.Instance, id, body.Name) switch
            {
                { Ok: true, Village: { } v } => TypedResults.Ok(VillageDto.From(v)),
                { Refusal: VillageRefusal.UnknownVillage } => UnknownVillage(id),
                { Refusal: VillageRefusal.DuplicateName, Village: { } holder } => DuplicateName(holder),
                { Refusal: VillageRefusal.Sealed, Village: { } v } => ApiProblems.Conflict("id",
                    $"Village {v.Name} has a sealed sheet, and its name is part of the seal's fingerprint; unseal it first (POST /api/villages/{id}/unseal)."),
                _ => InvalidName(),
            })
            .WithSummary("Rename a village");

        group.MapDelete("/{id}", Results<NoContent, NotFoundProblem, ConflictProblem> (int id, VillageRoster villages, bool force = false) =>
            villages.Remove(AdminActor.Instance, id, force) switch
            {
                { Ok: true } => TypedResults.NoContent(),
                { Refusal: VillageRefusal.HasEntries, Village: { } v, Entries: { } entries } => ApiProblems.Conflict("force",
                    $"Village {v.Name} has {entries}. Add ?force=true to remove them with it (each removal is audited)."),
                { Refusal: VillageRefusal.Published, Village: { } v } => ApiProblems.Conflict("id",
                    $"Village {v.Name} has entries in published results; they change only after an admin reopens them (/reopen REASON in the chat)."),
                _ => UnknownVillage(id),
            })
            .WithSummary("Remove a village (with ?force=true also its scores, ratings and seal)");

        return api;
    }

    public static NotFoundProblem UnknownVillage(int id) => ApiProblems.NotFound("id", $"There is no village with id {id}.");

    static ConflictProblem DuplicateName(VillageDoc holder) =>
        ApiProblems.Conflict("name", $"Village {holder.Id} is already called {holder.Name}; village names must differ.");

    static ValidationProblem InvalidName() =>
        ApiProblems.Invalid("name", $"name must be 1 to {Names.MaxLength} characters, e.g. \"新庄村\".");
}
