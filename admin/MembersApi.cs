using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="Accounts">Chat accounts bound to the member ("telegram:12345"); empty until an invite is used.</param>
/// <param name="VillageId">A village official's village (role <c>village</c>); null for every other member.</param>
/// <param name="VillageIds">The villages the member works for (包村干部): they neither score nor rate them.</param>
public sealed record MemberDto(int Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Accounts, int? VillageId = null,
    IReadOnlyList<int>? VillageIds = null);

/// <param name="InviteLink">The Telegram deep link when a bot token is set; null otherwise (type <c>/start CODE</c>).</param>
/// <param name="InviteLink">The first running channel's link (null when no channel has links).</param>
/// <param name="InviteLinks">How to join on each running channel: its link, or the message to send there ("/start CODE").</param>
public sealed record NewMemberDto(int Id, string Name, IReadOnlyList<string> Roles, string InviteCode, string? InviteLink,
    IReadOnlyDictionary<string, string> InviteLinks, DateTime InviteExpiresAt, int? VillageId = null);

public sealed record InviteDto(int MemberId, string InviteCode, string? InviteLink, IReadOnlyDictionary<string, string> InviteLinks, DateTime ExpiresAt);

/// <param name="Roles">Any of examiner, group-leader, leader, office, admin, village, county.</param>
/// <param name="VillageId">With the role <c>village</c>, the village the official belongs to (required when adding one).</param>
/// <param name="VillageIds">Optional: the villages the member works for (包村干部); left out, they stay as they were.</param>
public sealed record MemberBody(string? Name, IReadOnlyList<string>? Roles, int? VillageId = null, IReadOnlyList<int>? VillageIds = null);

/// <summary>/api/members: post holders, their roles and invite codes.</summary>
public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/members").WithTags("Members");

        group.MapGet("/", (MemberDirectory directory) =>
            {
                var accounts = directory.AccountsByMember();
                return TypedResults.Ok(directory.All().Select(m => new MemberDto(m.Id, m.Name, RoleList(m), accounts[m.Id].Order().ToList(), m.VillageId, m.VillageIds)).ToList());
            })
            .WithSummary("List the current members");

        group.MapPost("/", Results<Created<NewMemberDto>, ValidationProblem, ConflictProblem> (MemberBody body, MemberRoster roster, IInviteLinks links, VillageRoster villages) =>
            {
                if (UnknownRoles(body.Roles) is { } problem) return problem;
                if (UnknownVillages(villages, body.VillageIds) is { } unknown) return unknown;
                // The member and their villages in one transaction.
                return roster.AddWithVillages(AdminActor.Instance, body.Name, Roles(body.Roles), body.VillageId, body.VillageIds) switch
                {
                    { Ok: true, Member: { } m, Invite: { } i } => TypedResults.Created($"/api/members/{m.Id}",
                        new NewMemberDto(m.Id, m.Name, RoleList(m), i.Code, links.LinkFor(i.Code), links.All(i.Code), i.ExpiresAt, m.VillageId)),
                    { Refusal: MemberRefusal.VillageRequired or MemberRefusal.UnknownVillage } => VillageRequired(body.VillageId),
                    { Refusal: MemberRefusal.DuplicateName, Member: { } holder } => DuplicateName(holder),
                    { Refusal: MemberRefusal.NoRoles } => NoRoles(),
                    _ => InvalidName(),
                };
            })
            .WithSummary("Add a member; the answer holds their invite code");

        group.MapPut("/{id}", Results<Ok<MemberDto>, ValidationProblem, NotFoundProblem, ConflictProblem> (int id, MemberBody body, MemberRoster roster, MemberDirectory directory, VillageRoster villages) =>
            {
                if (UnknownRoles(body.Roles) is { } problem) return problem;
                if (UnknownVillages(villages, body.VillageIds) is { } unknown) return unknown;
                return roster.ChangeWithVillages(AdminActor.Instance, id, body.Name, Roles(body.Roles), body.VillageId, body.VillageIds) switch
                {
                    { Ok: true, Member: { } m } => TypedResults.Ok(new MemberDto(m.Id, m.Name, RoleList(m),
                        directory.AccountsOf(m.Id).ToList(), m.VillageId, m.VillageIds)),
                    { Refusal: MemberRefusal.VillageRequired or MemberRefusal.UnknownVillage } => VillageRequired(body.VillageId),
                    { Refusal: MemberRefusal.UnknownMember } => UnknownMember(id),
                    { Refusal: MemberRefusal.DuplicateName, Member: { } holder } => DuplicateName(holder),
                    { Refusal: MemberRefusal.NoRoles } => NoRoles(),
                    _ => InvalidName(),
                };
            })
            .WithSummary("Change a member's name and roles (what they entered stays theirs)");

        group.MapPost("/{id}/invite", Results<Ok<InviteDto>, NotFoundProblem> (int id, MemberRoster roster, IInviteLinks links) =>
            roster.Invite(AdminActor.Instance, id) switch
            {
                { Ok: true, Invite: { } i } => TypedResults.Ok(new InviteDto(id, i.Code, links.LinkFor(i.Code), links.All(i.Code), i.ExpiresAt)),
                _ => UnknownMember(id),
            })
            .WithSummary("Make a new single-use invite code for a member");

        group.MapDelete("/{id}", Results<NoContent, NotFoundProblem> (int id, MemberRoster roster) =>
            roster.Remove(AdminActor.Instance, id).Ok ? TypedResults.NoContent() : UnknownMember(id))
            .WithSummary("Remove a member (their entries stay, attributed to them)");

        return api;
    }

    static ValidationProblem? UnknownRoles(IReadOnlyList<string>? names)
    {
        var (_, unknown) = RoleNames.ParseList(names ?? []);
        return unknown.Count == 0 ? null : ApiProblems.Invalid("roles",
            $"Unknown role {string.Join(", ", unknown.Select(u => $"'{u}'"))}; roles are {string.Join(", ", RoleNames.Names)}.");
    }

    static ValidationProblem? UnknownVillages(VillageRoster villages, IReadOnlyList<int>? ids)
    {
        var unknown = (ids ?? []).Where(id => villages.Find(id) is null).ToList();
        return unknown.Count == 0 ? null : ApiProblems.Invalid("villageIds",
            $"villageIds names no village {string.Join(", ", unknown)}; see GET /api/villages for the villages' ids.");
    }

    static List<Role> Roles(IReadOnlyList<string>? names) => RoleNames.ParseList(names ?? []).Roles;

    static List<string> RoleList(MemberDoc member) => member.Roles.Select(RoleNames.Name).ToList();

    static NotFoundProblem UnknownMember(int id) => ApiProblems.NotFound("id", $"There is no current member with id {id}.");

    static ConflictProblem DuplicateName(MemberDoc holder) =>
        ApiProblems.Conflict("name", $"Member {holder.Id} is already called {holder.Name}; current members' names must differ (add a note such as 张伟(农业)).");

    static ValidationProblem NoRoles() =>
        ApiProblems.Invalid("roles", $"roles must name at least one of {string.Join(", ", RoleNames.Names)}.");

    static ValidationProblem VillageRequired(int? villageId) => ApiProblems.Invalid("villageId", villageId is null
        ? "The role village needs villageId: the village the official belongs to (GET /api/villages lists them)."
        : $"There is no village with id {villageId}; GET /api/villages lists them.");

    static ValidationProblem InvalidName() =>
        ApiProblems.Invalid("name", $"name must be 1 to {Names.MaxLength} characters, e.g. \"郑亚娜\".");
}
