using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>评分细则 (admin): the active period's rubric with its warnings; replaced by an upload of its JSON until the first score exists.</summary>
[Authorize(Policy = SignInPolicies.Admin)]
public sealed class RubricModel(CurrentMember current, Periods periods, PeriodSetup setup, AppraisalStore store) : ConsolePage(current)
{
    public const long MaxUpload = 1024 * 1024;

    protected override bool AdminOnly => true;

    public PeriodView Period { get; private set; } = null!;
    public IReadOnlyList<RubricWarning> Warnings { get; private set; } = [];
    public EntryCounts Entries { get; private set; } = new(0, 0, 0);
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet() => Load();

    /// <summary>The active period's rubric as JSON (the upload's format), to edit and upload back.</summary>
    public IActionResult OnGetJson()
    {
        Load();
        return File(System.Text.Encoding.UTF8.GetBytes(RubricJson.Write(Period.Rubric)), "application/json", $"rubric-{Period.Name}.json");
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        Load();
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
                return RedirectToPage();
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

    void Load()
    {
        Period = periods.Active();
        Warnings = RubricValidator.Warnings(Period.Rubric);
        Entries = EntryCounts.ForPeriod(store, Period.Id);
    }
}
