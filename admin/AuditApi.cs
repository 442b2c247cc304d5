using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="MemberId">Who made the change (0 = the admin API); <c>Member</c> is their name at the time.</param>
/// <param name="Village">The village's current name; null once it is removed (the removal entry's detail keeps it).</param>
/// <param name="Category">0-based category index, for score entries.</param>
/// <param name="Item">0-based item index, for score entries.</param>
public sealed record AuditEntryDto(long Id, DateTime At, string Action, int PeriodId, int? VillageId, string? Village, int? MemberId,
    string Member, string Channel, int? Category, int? Item, decimal? Old, decimal? New, string? Detail);

/// <param name="Total">Entries matching the filters, over all pages.</param>
public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditEntryDto> Entries);

/// <summary>/api/audit: every change to anything that counts, newest first, paged.</summary>
public static class AuditApi
{
    public const int DefaultPageSize = 50, MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", Results<Ok<AuditPage>, ValidationProblem> (AuditLog audit, VillageRoster villages,
                int? village, int? member, DateTimeOffset? since, int page = 1, int pageSize = DefaultPageSize) =>
            {
                if (page < 1) return ApiProblems.Invalid("page", $"page counts from 1, not {page}.");
                if (pageSize is < 1 or > MaxPageSize) return ApiProblems.Invalid("pageSize", $"pageSize must be 1 to {MaxPageSize}, not {pageSize}.");

                var found = audit.Page(new AuditLog.Filter(village, member, since?.UtcDateTime), page, pageSize);
                var (total, entries) = (found.Total, found.Items);
                var names = villages.All().ToDictionary(x => x.Id, x => x.Name);
                return TypedResults.Ok(new AuditPage(page, pageSize, total, entries.Select(a => new AuditEntryDto(
                    a.Id, a.At, a.Action, a.PeriodId, a.VillageId, a.VillageId is { } id ? names.GetValueOrDefault(id) : null,
                    a.MemberId, a.MemberName, a.Channel, a.Category, a.Item, a.Old, a.New, a.Detail)).ToList()));
            })
            .WithTags("Audit")
            .WithSummary("Audit entries, newest first; filter by village, member (who acted) and since; page and pageSize");
        return api;
    }
}
