using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Export;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// 评分细则 (admin): a period's rubric (the active one, or <c>?periodId=</c>) with its warnings; replaced until its first
/// score by an upload of its JSON, or through 导入方案: the plan's text, .docx or .txt, or the rubric's own .xlsx, read into a
/// proposal shown beside its source lines with each problem next to its line, then saved when it has no errors.
/// </summary>
[Authorize(Policy = SignInPolicies.Admin)]
public sealed class RubricModel(CurrentMember current, Periods periods, PeriodSetup setup) : ConsolePage(current)
{
    public const long MaxUpload = 1024 * 1024;

    /// <summary>A plan is a few pages; a .docx with pictures stays far below this.</summary>
    public const long MaxPlan = 10 * 1024 * 1024;

    protected override bool AdminOnly => true;

    public PeriodView Period { get; private set; } = null!;
    public IReadOnlyList<RubricWarning> Warnings { get; private set; } = [];
    public EntryCounts Entries { get; private set; } = new(0, 0, 0);
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<PeriodDoc> AllPeriods { get; private set; } = [];

    /// <summary>The period shown and changed: <c>?periodId=</c>, else the active one.</summary>
    [BindProperty(SupportsGet = true)] public int? PeriodId { get; set; }

    /// <summary>What 导入方案 read, shown until saved; null before an import.</summary>
    public RubricProposal? Proposal { get; private set; }

    /// <summary>A table edit refused on 保存, shown again as it was sent so nothing typed is lost.</summary>
    public Rubric? Refused { get; private set; }

    /// <summary>What the table editor starts from: a refused edit, else the proposal just read, else the period's rubric.</summary>
    public Rubric Edited => Refused ?? Proposal?.Rubric ?? Period.Rubric;

    /// <summary>The plan's weights, saved with the rubric: read from the plan, or sent with a refused edit.</summary>
    public (decimal Onsite, decimal Leader)? Weights { get; private set; }

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    /// <summary>The period's rubric as JSON (the upload's format), to edit and upload back.</summary>
    public IActionResult OnGetJson()
    {
        if (!Load()) return NotFound();
        return File(System.Text.Encoding.UTF8.GetBytes(RubricJson.Write(Period.Rubric)), "application/json", $"rubric-{Period.Name}.json");
    }

    /// <summary>The period's rubric as a workbook (GET /api/rubric.xlsx's), to edit in WPS or Excel and import back.</summary>
    public IActionResult OnGetXlsx()
    {
        if (!Load()) return NotFound();
        return File(RubricWorkbook.Write(Period.Rubric), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{Period.Name}{W.RubricTitle}.xlsx");
    }

    /// <summary>导入方案: the pasted text or the file read into a proposal; nothing is saved.</summary>
    public async Task<IActionResult> OnPostImportAsync(string? text, IFormFile? planFile)
    {
        if (!Load()) return NotFound();
        if (planFile is { Length: > 0 })
        {
            if (planFile.Length > MaxPlan) return Refuse(W.PlanTooLarge);
            using var buffer = new MemoryStream();
            await planFile.CopyToAsync(buffer, HttpContext.RequestAborted);
            buffer.Position = 0;
            Proposal = Path.GetExtension(planFile.FileName).ToLowerInvariant() switch
            {
                ".docx" => RubricProposal.FromDocx(buffer),
                ".xlsx" => RubricProposal.FromWorkbook(buffer),
                ".txt" => RubricProposal.FromText(Utf8(buffer.ToArray()) is { } t ? t : null),
                _ => null,
            };
            if (Proposal is null) return Refuse(W.PlanFileKind);
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            Proposal = RubricProposal.FromText(text);
        }
        else
        {
            return Refuse(W.PlanMissing);
        }
        if (Proposal?.Result.Policy is { } policy) Weights = (policy.OnsiteWeight, policy.LeaderWeight);
        return Page();
    }

    /// <summary>保存: the proposal (sent back as JSON) replaces the period's rubric, with the plan's weights, when it has no errors.</summary>
    public IActionResult OnPostSave(string? rubric, decimal? onsiteWeight, decimal? leaderWeight)
    {
        if (!Load()) return NotFound();
        var outcome = setup.ReplaceRubric(Actor, Period.Id, rubric ?? "");
        switch (outcome)
        {
            case { Ok: true }:
                if (onsiteWeight is { } o && leaderWeight is { } l && (o, l) != (Period.Policy.OnsiteWeight, Period.Policy.LeaderWeight))
                    setup.SetPolicy(Actor, Period.Id, Period.Policy with { OnsiteWeight = o, LeaderWeight = l });
                Done = W.PlanSaved(Period.Name);
                return RedirectToPage(new { periodId = Period.Id });
            case { Refusal: PeriodRefusal.ScoringBegan, Entries: { } e }:
                return Refuse(W.RubricFrozen(Period.Name, e.Scores, e.Ratings, e.Seals));
            default:
                Problems = (outcome.RubricProblems ?? []).Select(p => Texts.For(Lang).RubricProblemText(p)).ToList();
                Refused = RubricJson.ParseUnchecked(rubric ?? "");
                Weights = onsiteWeight is { } ow && leaderWeight is { } lw ? (ow, lw) : null;
                return Refuse(W.RubricInvalid);
        }
    }

    /// <summary>A problem that keeps the proposal from being saved (✗), rather than a doubt (⚠).</summary>
    public static bool Blocks(ImportProblem problem) => problem.Fault is ImportFault.RubricRule or ImportFault.NoCategories
        or ImportFault.FileUnreadable or ImportFault.CellUnread or ImportFault.LevelSkipped;

    static string? Utf8(byte[] bytes)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (!Load()) return NotFound();
        if (file is null || file.Length == 0) return Refuse(W.RubricFileMissing);
        if (file.Length > MaxUpload) return Refuse(W.RubricFileTooLarge);
        string json;
        using (var reader = new StreamReader(file.OpenReadStream()))
            json = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        var outcome = setup.ReplaceRubric(Actor, Period.Id, json);
        switch (outcome)
        {
            case { Ok: true }:
                Done = W.RubricReplaced;
                return RedirectToPage(new { periodId = Period.Id });
            case { Refusal: PeriodRefusal.ScoringBegan, Entries: { } e }:
                return Refuse(W.RubricFrozen(Period.Name, e.Scores, e.Ratings, e.Seals));
            default:
                Problems = (outcome.RubricProblems ?? []).Select(p => Texts.For(Lang).RubricProblemText(p)).ToList();
                return Refuse(W.RubricInvalid);
        }
    }

    IActionResult Refuse(string refusal)
    {
        Refusal = refusal;
        return Page();
    }

    bool Load()
    {
        if ((PeriodId is { } id ? periods.Find(id) : periods.Active()) is not { } period) return false;
        Period = period;
        AllPeriods = setup.All();
        Warnings = RubricValidator.Warnings(Period.Rubric);
        Entries = setup.Entries(Period.Id);
        return true;
    }
}
