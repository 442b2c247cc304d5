using ChatAppraisal.Appraisal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <param name="Index">0-based position in its category, as in the audit trail's <c>item</c> (its leaves counted in order).</param>
/// <param name="Score">Null while unscored.</param>
/// <param name="Member">Who entered the score (the member's current name).</param>
/// <param name="Reason">Why points were taken off (扣分原因); null when none was given.</param>
/// <param name="Path">Its place in the plan's tree from the category ("1.2.1"; "1.3" for an item of a two-level plan).</param>
/// <param name="Depth">Its level below the category: 1 for the category's own items.</param>
public sealed record SheetItemDto(int Index, string Name, decimal Max, decimal? Score, int? MemberId, string? Member, DateTime? At, string? Reason = null,
    string Path = "", int Depth = 1);

/// <summary>A block of the plan's tree (an item with its own items): its subtotal. None in a two-level plan.</summary>
/// <param name="Path">Its place from the category ("1.2"); its items' paths start with it.</param>
/// <param name="Max">Its maximum in its own points; <c>ScaleTo</c>, when set, is what it counts for.</param>
/// <param name="Raw">Its children's counted sum; <c>Score</c> is that capped at <c>Max</c> (the policy) and scaled.</param>
/// <param name="FirstItem">The <c>Index</c> of its first item; it holds <c>ItemCount</c> items from there.</param>
public sealed record SheetBlockDto(string Path, int Depth, string Name, decimal Max, decimal? ScaleTo, decimal Raw, decimal Score, bool Capped,
    int ItemsScored, int ItemCount, int FirstItem);

/// <param name="Index">0-based position in the rubric, as in the audit trail's <c>category</c>.</param>
/// <param name="Max">What the category counts for at most (its <c>ScaleTo</c> when the plan scales it).</param>
/// <param name="Raw">Sum of the item scores; <c>Score</c> is capped at <c>Max</c> when the policy says so.</param>
/// <param name="OutOf">The category's own maximum, the points it is scored out of (equal to <c>Max</c> unless scaled).</param>
/// <param name="ScaleTo">What it counts for when the plan scales it ("100分，总分按折合30分计算"); else null.</param>
/// <param name="Blocks">The plan's inner levels, depth first, each before its items; empty for a two-level plan.</param>
public sealed record SheetCategoryDto(int Index, string Name, string Group, decimal Max, decimal Raw, decimal Score, bool Capped, int ItemsScored,
    IReadOnlyList<SheetItemDto> Items, decimal OutOf = 0, decimal? ScaleTo = null, IReadOnlyList<SheetBlockDto>? Blocks = null);

/// <param name="Kind"><c>bonus</c>, <c>deduction</c> or <c>veto</c>.</param>
/// <param name="Line">0-based line of the rubric's side (or veto) it was entered on.</param>
/// <param name="Consequence">For a veto: <c>notExcellent</c> or <c>last</c>.</param>
public sealed record SheetAdjustmentDto(string Kind, int Line, string Name, decimal Points, string? Reason, string? Consequence, DateTime At);

/// <param name="Valid">Whether the sheet still has the content that was signed (its fingerprint matches).</param>
public sealed record SealDto(string SignedBy, DateTime SignedAt, string Fingerprint, bool Valid);

public sealed record PeriodRefDto(int Id, string Name);

/// <param name="Bonus">The bonus side's points as counted (capped at the side's cap); null when the plan has no bonus side.</param>
/// <param name="Deductions">The deduction side's points as counted (capped); null when the plan has none.</param>
/// <param name="Adjustments">The village's bonus, deduction and veto entries, in the rubric's order.</param>
public sealed record SheetDto(PeriodRefDto Period, VillageDto Village, decimal Onsite, int ItemsScored, int ItemCount, int Missing,
    IReadOnlyList<SheetCategoryDto> Categories, SealDto? Seal, decimal? Bonus = null, decimal? Deductions = null,
    IReadOnlyList<SheetAdjustmentDto>? Adjustments = null)
{
    public static SheetDto From(Sheet s)
    {
        var rubric = s.Period.Rubric;
        return new(new PeriodRefDto(s.Period.Id, s.Period.Name), VillageDto.From(s.Village),
            s.Onsite, s.ItemsScored, s.ItemCount, s.Missing,
            s.Categories.Select(c => Category(s, c)).ToList(),
            s.Seal is { } seal ? new SealDto(seal.SignedBy, seal.SignedAt, seal.Fingerprint, seal.Valid) : null,
            Side(rubric.Bonus, s.Adjustments, AdjustmentKind.Bonus), Side(rubric.Deductions, s.Adjustments, AdjustmentKind.Deduction),
            s.Adjustments.OrderBy(a => a.Kind).ThenBy(a => a.Line).Select(a => Adjustment(rubric, a)).ToList());
    }

    static SheetCategoryDto Category(Sheet s, SheetCategory c)
    {
        var nodes = SheetTree.Nodes(s, c);
        var (outOf, scaleTo) = SheetTree.Scale(s, c);
        var paths = nodes.Where(n => !n.IsBlock).ToDictionary(n => n.Item!.Item);
        return new SheetCategoryDto(c.Index, c.Name, c.Group, c.Max, c.Raw, c.Score, c.Capped, c.ItemsScored,
            c.Items.Select(i => new SheetItemDto(i.Item, i.Name, i.Max, i.Score, i.MemberId, i.MemberName, i.At, i.Reason,
                paths.TryGetValue(i.Item, out var n) ? n.Path : $"{i.Item + 1}", n?.Depth ?? 1)).ToList(),
            outOf, scaleTo,
            nodes.Select((n, at) => (n, at)).Where(x => x.n.IsBlock).Select(x => new SheetBlockDto(x.n.Path, x.n.Depth, x.n.Name, x.n.Max, x.n.ScaleTo,
                x.n.Raw, x.n.Score, x.n.Capped, x.n.ItemsScored, x.n.ItemCount,
                nodes.Skip(x.at).First(d => !d.IsBlock).Item!.Item)).ToList());
    }

    static decimal? Side(Rubrics.Side? side, IReadOnlyList<AdjustmentDoc> entered, AdjustmentKind kind)
    {
        if (side is null) return null;
        var sum = entered.Where(a => a.Kind == kind && a.Line < side.Lines.Count).Sum(a => a.Points);
        return side.Cap is { } cap ? Math.Min(sum, cap) : sum;
    }

    static SheetAdjustmentDto Adjustment(Rubrics.Rubric rubric, AdjustmentDoc a) => a.Kind switch
    {
        AdjustmentKind.Bonus => new("bonus", a.Line, rubric.Bonus is { } b && a.Line < b.Lines.Count ? b.Lines[a.Line].Name : "", a.Points, a.Reason, null, a.At),
        AdjustmentKind.Deduction => new("deduction", a.Line, rubric.Deductions is { } d && a.Line < d.Lines.Count ? d.Lines[a.Line].Name : "", a.Points, a.Reason, null, a.At),
        _ => new("veto", a.Line, a.Line < rubric.Veto.Count ? rubric.Veto[a.Line].Event : "", a.Points, a.Reason,
            a.Line < rubric.Veto.Count ? (rubric.Veto[a.Line].Consequence == Rubrics.VetoConsequence.Last ? "last" : "notExcellent") : null, a.At),
    };
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
