using ChatAppraisal.Appraisal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="Index">0-based position in its category, as in the audit trail's <c>item</c>.</param>
/// <param name="Score">Null while unscored.</param>
/// <param name="Member">Who entered the score (the member's current name).</param>
/// <param name="Reason">Why points were taken off (扣分原因); null when none was given.</param>
public sealed record SheetItemDto(int Index, string Name, decimal Max, decimal? Score, int? MemberId, string? Member, DateTime? At, string? Reason = null);

/// <param name="Index">0-based position in the rubric, as in the audit trail's <c>category</c>.</param>
/// <param name="Raw">Sum of the item scores; <c>Score</c> is capped at <c>Max</c> when the policy says so.</param>
public sealed record SheetCategoryDto(int Index, string Name, string Group, decimal Max, decimal Raw, decimal Score, bool Capped, int ItemsScored, IReadOnlyList<SheetItemDto> Items);

/// <param name="Valid">Whether the sheet still has the content that was signed (its fingerprint matches).</param>
public sealed record SealDto(string SignedBy, DateTime SignedAt, string Fingerprint, bool Valid);

public sealed record PeriodRefDto(int Id, string Name);

public sealed record SheetDto(PeriodRefDto Period, VillageDto Village, decimal Onsite, int ItemsScored, int ItemCount, int Missing,
    IReadOnlyList<SheetCategoryDto> Categories, SealDto? Seal)
{
    public static SheetDto From(Sheet s) => new(new PeriodRefDto(s.Period.Id, s.Period.Name), VillageDto.From(s.Village),
        s.Onsite, s.ItemsScored, s.ItemCount, s.Missing,
        s.Categories.Select(c => new SheetCategoryDto(c.Index, c.Name, c.Group, c.Max, c.Raw, c.Score, c.Capped, c.ItemsScored,
            c.Items.Select(i => new SheetItemDto(i.Item, i.Name, i.Max, i.Score, i.MemberId, i.MemberName, i.At, i.Reason)).ToList())).ToList(),
        s.Seal is { } seal ? new SealDto(seal.SignedBy, seal.SignedAt, seal.Fingerprint, seal.Valid) : null);
}

public sealed record UnsealBody(string? Reason);

/// <summary>/api/villages/{id}/sheet and /unseal: a village's score sheet in the active period, and reopening it.</summary>
public static class SheetsApi
{
    public static IEndpointRouteBuilder MapSheets(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/villages/{id}").WithTags("Sheets");

        group.MapGet("/sheet", Results<Ok<SheetDto>, NotFoundProblem> (int id, Periods periods, Sheets sheets) =>
                sheets.Load(periods.Active(), id) is { } sheet ? TypedResults.Ok(SheetDto.From(sheet)) : VillagesApi.UnknownVillage(id))
            .WithSummary("A village's score sheet: every item with its score, who and when, subtotals and seal");

        group.MapPost("/unseal", Results<Ok<SheetDto>, ValidationProblem, NotFoundProblem, ConflictProblem> (int id, UnsealBody body, Periods periods, Sheets sheets) =>
            {
                var period = periods.Active();
                return sheets.Unseal(AdminActor.Instance, period, id, body.Reason ?? "") switch
                {
                    SealRefusal.None => TypedResults.Ok(SheetDto.From(sheets.Load(period, id)!)),
                    SealRefusal.ReasonRequired => ApiProblems.Invalid("reason", "reason is required: say why the sealed sheet is reopened, e.g. \"农业经济第2项录入有误\"."),
                    SealRefusal.NotSealed => ApiProblems.Conflict("id", $"The sheet of village {id} in {period.Name} is not sealed."),
                    _ => VillagesApi.UnknownVillage(id),
                };
            })
            .WithSummary("Reopen a sealed sheet, with a reason (audited)");

        return api;
    }
}
